package org.cyberwatch.pipelines.parse;

import org.cyberwatch.schemas.measurement.Measurement;

/**
 * A measurement that parsed, with the identity the rest of the job keys on.
 *
 * @param uid its measurement_uid (from the document, the postcan member name, or derived: see
 *     {@link MeasurementIdentity})
 * @param contentHash the content digest of the document without {@code measurement_uid} (SHA-256,
 *     hex; see {@link MeasurementIdentity}): equal for the same body resubmitted under another uid
 * @param sourceCan the can it was read from
 * @param sourceLine its line or member number there
 * @param measurement the document, with {@code measurement_uid} set to {@code uid}
 * @param json JSON bytes that parse to exactly {@code measurement} (e.g. the can entry it was
 *     parsed from), or null when none are at hand; lets the coder write the document as a byte
 *     copy instead of serializing the tree again. Not copied: never modify it. Not part of
 *     equality (it is another form of {@code measurement}).
 */
public record ParsedMeasurement(String uid, String contentHash, String sourceCan, long sourceLine,
    Measurement measurement, byte[] json) {
  public ParsedMeasurement {
    if (uid == null || contentHash == null || sourceCan == null || measurement == null) {
      throw new IllegalArgumentException("uid, contentHash, sourceCan, measurement: required");
    }
    if (sourceLine < 0) {
      throw new IllegalArgumentException("sourceLine: must be >= 0, got " + sourceLine);
    }
  }

  /** Without JSON bytes at hand. */
  public ParsedMeasurement(
      String uid, String contentHash, String sourceCan, long sourceLine, Measurement measurement) {
    this(uid, contentHash, sourceCan, sourceLine, measurement, null);
  }

  /** This measurement with {@code json}, bytes that parse to exactly {@link #measurement()}. */
  public ParsedMeasurement withJson(byte[] json) {
    return new ParsedMeasurement(uid, contentHash, sourceCan, sourceLine, measurement, json);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParsedMeasurement p && p.sourceLine == sourceLine && p.uid.equals(uid)
        && p.contentHash.equals(contentHash) && p.sourceCan.equals(sourceCan)
        && p.measurement.equals(measurement);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(uid, contentHash, sourceCan, sourceLine, measurement);
  }

  @Override
  public String toString() {
    return "ParsedMeasurement[uid=" + uid + ", contentHash=" + contentHash + ", sourceCan="
        + sourceCan + ", sourceLine=" + sourceLine + "]";
  }
}
