package org.cyberwatch.pipelines.enrich;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.score.ScoredMeasurement;

/**
 * Adds IP metadata (prefix, origin AS, organisation, country, IXP) from dated snapshot files only:
 * for a measurement on day D, the newest snapshot of each dataset dated ≤ D. No network lookups,
 * so reruns give the same answer.
 *
 * <p>Input: {@link ScoredMeasurement}. Output: {@link EnrichedMeasurement} on {@link #ENRICHED}.
 * Diverted to {@link #FAILURES}: a snapshot set that cannot be loaded ({@code enrich/snapshot}).
 * Without a snapshot directory every measurement passes with unknown metadata.
 */
public final class EnrichWithIpMetadata
    extends PTransform<PCollection<ScoredMeasurement>, PCollectionTuple> {
  public static final TupleTag<EnrichedMeasurement> ENRICHED = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  private final String snapshotsDir;

  /** @param snapshotsDir a local directory of dated snapshot files, or null for none */
  public EnrichWithIpMetadata(String snapshotsDir) {
    this.snapshotsDir = snapshotsDir;
  }

  @Override
  public PCollectionTuple expand(PCollection<ScoredMeasurement> measurements) {
    return measurements.apply("EnrichMeasurement",
        ParDo.of(new EnrichFn(snapshotsDir)).withOutputTags(ENRICHED, TupleTagList.of(FAILURES)));
  }
}
