package org.cyberwatch.pipelines.dedupe;

import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;

/**
 * Keeps one copy of each measurement, deterministically on every runner.
 *
 * <p>Exact duplicates (the same uid read twice, e.g. from overlapping cans) and content duplicates
 * (the same body resubmitted under a new uid) share a content hash, so one grouping by that hash
 * finds both; {@link DuplicateChoice} keeps the smallest uid (then the smallest source can and
 * line). Input and output: {@link ParsedMeasurement}. Nothing is diverted; duplicates are counted.
 */
public final class DedupeMeasurements
    extends PTransform<PCollection<ParsedMeasurement>, PCollection<ParsedMeasurement>> {

  @Override
  public PCollection<ParsedMeasurement> expand(PCollection<ParsedMeasurement> measurements) {
    return measurements
        .apply("KeyByContent", WithKeys.of(ParsedMeasurement::contentHash)
            .withKeyType(TypeDescriptors.strings()))
        .apply("GroupByContent", GroupByKey.create())
        .apply("KeepSmallestUid", ParDo.of(new KeepSmallestUidFn()));
  }
}
