package org.cyberwatch.pipelines.process;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;

/**
 * Scores, enriches and extracts the rows of every parsed copy of a measurement in one step
 * ({@link MeasurementProcessor}), before the dedupe, so that what crosses the dedupe grouping is a
 * copy's identity and rows, not its document (which the grouping's receiver would parse again).
 * A duplicate is processed once per copy; the dedupe then keeps the chosen copy's outcome, which is
 * what processing only that copy would have given.
 *
 * <p>Input: {@link ParsedMeasurement}. Output: {@link ProcessedMeasurement}, rows or a failure.
 * Nothing is counted here: counters are incremented for the kept copies ({@link EmitOutcomes}).
 */
public final class ProcessMeasurements
    extends PTransform<PCollection<ParsedMeasurement>, PCollection<ProcessedMeasurement>> {
  private final String fingerprintsPath;
  private final String snapshotsDir;

  /**
   * @param fingerprintsPath a fingerprint CSV file or directory, or null for the shipped ones
   * @param snapshotsDir a local directory of dated snapshot files, or null for none
   */
  public ProcessMeasurements(String fingerprintsPath, String snapshotsDir) {
    this.fingerprintsPath = fingerprintsPath;
    this.snapshotsDir = snapshotsDir;
  }

  @Override
  public PCollection<ProcessedMeasurement> expand(PCollection<ParsedMeasurement> measurements) {
    return measurements.apply("ScoreEnrichExtract",
        ParDo.of(new ProcessMeasurementFn(fingerprintsPath, snapshotsDir)));
  }
}
