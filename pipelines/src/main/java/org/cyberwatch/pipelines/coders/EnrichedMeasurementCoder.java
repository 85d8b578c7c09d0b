package org.cyberwatch.pipelines.coders;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.cyberwatch.pipelines.enrich.EnrichedMeasurement;
import org.cyberwatch.pipelines.enrich.Enrichment;

/** The scored measurement in binary, then its enrichment (serialized snapshot results). */
final class EnrichedMeasurementCoder extends AtomicCoder<EnrichedMeasurement> {
  static final EnrichedMeasurementCoder INSTANCE = new EnrichedMeasurementCoder();
  private static final SerializableCoder<Enrichment> ENRICHMENT = SerializableCoder.of(Enrichment.class);

  @Override
  public void encode(EnrichedMeasurement value, OutputStream out) throws IOException {
    ScoredMeasurementCoder.INSTANCE.encode(value.scored(), out);
    ENRICHMENT.encode(value.enrichment(), out);
  }

  @Override
  public EnrichedMeasurement decode(InputStream in) throws IOException {
    return new EnrichedMeasurement(ScoredMeasurementCoder.INSTANCE.decode(in), ENRICHMENT.decode(in));
  }
}
