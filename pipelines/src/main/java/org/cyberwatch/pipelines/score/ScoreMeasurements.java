package org.cyberwatch.pipelines.score;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;

/**
 * Scores every measurement with the scorer registered for its test name ({@link Scorers}); unknown
 * tests get an explicit unsupported score.
 *
 * <p>Input: {@link ParsedMeasurement}. Output: {@link ScoredMeasurement} on {@link #SCORED}.
 * Diverted to {@link #FAILURES}: a scorer that threw ({@code score/exception}), which is a bug to
 * fix, never a silent drop.
 */
public final class ScoreMeasurements extends PTransform<PCollection<ParsedMeasurement>, PCollectionTuple> {
  public static final TupleTag<ScoredMeasurement> SCORED = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  private final String fingerprintsPath;

  /** @param fingerprintsPath a fingerprint CSV file or directory, or null for the shipped ones */
  public ScoreMeasurements(String fingerprintsPath) {
    this.fingerprintsPath = fingerprintsPath;
  }

  @Override
  public PCollectionTuple expand(PCollection<ParsedMeasurement> measurements) {
    return measurements.apply("ScoreMeasurement",
        ParDo.of(new ScoreMeasurementFn(fingerprintsPath))
            .withOutputTags(SCORED, TupleTagList.of(FAILURES)));
  }
}
