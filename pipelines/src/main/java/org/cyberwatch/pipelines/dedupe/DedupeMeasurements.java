package org.cyberwatch.pipelines.dedupe;

import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.cyberwatch.pipelines.process.ProcessedMeasurement;

/**
 * Keeps one copy of each measurement, deterministically on every runner.
 *
 * <p>Exact duplicates (the same uid read twice, e.g. from overlapping cans) and content duplicates
 * (the same body resubmitted under a new uid) share a content hash, so one grouping by that hash
 * finds both; {@link DuplicateChoice} keeps the smallest uid (then the smallest source can and
 * line). Input and output: {@link ProcessedMeasurement}, a copy's identity and rows: the
 * documents themselves never cross the grouping (they would be encoded, sorted and parsed again
 * after it). Nothing is diverted; duplicates are counted.
 */
public final class DedupeMeasurements
    extends PTransform<PCollection<ProcessedMeasurement>, PCollection<ProcessedMeasurement>> {

  @Override
  public PCollection<ProcessedMeasurement> expand(PCollection<ProcessedMeasurement> measurements) {
    return measurements
        .apply("KeyByContent", WithKeys.of(ProcessedMeasurement::contentHash)
            .withKeyType(TypeDescriptors.strings()))
        .apply("GroupByContent", GroupByKey.create())
        .apply("KeepSmallestUid", ParDo.of(new KeepSmallestUidFn()));
  }
}
