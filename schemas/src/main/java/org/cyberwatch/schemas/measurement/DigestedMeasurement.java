package org.cyberwatch.schemas.measurement;

/**
 * A parsed measurement with its content digest (see {@link
 * MeasurementCodec#parseWithContentDigest}).
 *
 * @param measurement the document
 * @param contentDigest {@link MeasurementCodec#contentDigest} of it (without the member the caller
 *     left out)
 */
public record DigestedMeasurement(Measurement measurement, String contentDigest) {
  public DigestedMeasurement {
    if (measurement == null || contentDigest == null || contentDigest.isEmpty()) {
      throw new IllegalArgumentException("measurement, contentDigest: required");
    }
  }
}
