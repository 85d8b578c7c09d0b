package org.cyberwatch.pipelines.parse;

import org.cyberwatch.schemas.measurement.Measurement;

/**
 * A measurement that parsed, with the identity the rest of the job keys on.
 *
 * @param uid its measurement_uid (from the document, the postcan member name, or derived: see
 *     {@link MeasurementIdentity})
 * @param contentHash SHA-256 (hex) of the canonical document without {@code measurement_uid}: equal
 *     for the same body resubmitted under another uid
 * @param sourceCan the can it was read from
 * @param sourceLine its line or member number there
 * @param measurement the document, with {@code measurement_uid} set to {@code uid}
 */
public record ParsedMeasurement(
    String uid, String contentHash, String sourceCan, long sourceLine, Measurement measurement) {
  public ParsedMeasurement {
    if (uid == null || contentHash == null || sourceCan == null || measurement == null) {
      throw new IllegalArgumentException("uid, contentHash, sourceCan, measurement: required");
    }
    if (sourceLine < 0) {
      throw new IllegalArgumentException("sourceLine: must be >= 0, got " + sourceLine);
    }
  }
}
