package org.cyberwatch.schemas.measurement;

/**
 * A parsed measurement with the digest of its canonical form, computed while parsing (see {@link
 * MeasurementCodec#parseWithCanonicalDigest}).
 *
 * @param measurement the document
 * @param canonicalDigest lower-case hex digest of its canonical form (without the member the caller
 *     left out)
 */
public record DigestedMeasurement(Measurement measurement, String canonicalDigest) {
  public DigestedMeasurement {
    if (measurement == null || canonicalDigest == null || canonicalDigest.isEmpty()) {
      throw new IllegalArgumentException("measurement, canonicalDigest: required");
    }
  }
}
