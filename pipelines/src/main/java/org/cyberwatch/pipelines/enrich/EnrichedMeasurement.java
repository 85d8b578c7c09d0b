package org.cyberwatch.pipelines.enrich;

import org.cyberwatch.pipelines.score.ScoredMeasurement;

/** A scored measurement with its {@link Enrichment}: everything the loads need. */
public record EnrichedMeasurement(ScoredMeasurement scored, Enrichment enrichment) {
  public EnrichedMeasurement {
    if (scored == null || enrichment == null) {
      throw new IllegalArgumentException("scored, enrichment: required");
    }
  }
}
