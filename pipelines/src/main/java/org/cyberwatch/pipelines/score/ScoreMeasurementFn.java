package org.cyberwatch.pipelines.score;

import java.io.IOException;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.metrics.PipelineMetrics;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/** See {@link ScoreMeasurements}. The registry (fingerprints indexed) is built once per worker. */
final class ScoreMeasurementFn extends DoFn<ParsedMeasurement, ScoredMeasurement> {
  private final String fingerprintsPath;
  private final Counter scored = PipelineMetrics.counter(PipelineMetrics.SCORED);
  private final Counter failures = PipelineMetrics.counter(PipelineMetrics.SCORE_FAILURES);
  private transient Scorers scorers;

  ScoreMeasurementFn(String fingerprintsPath) {
    this.fingerprintsPath = fingerprintsPath;
  }

  @Setup
  public void setup() throws IOException {
    scorers = ScorerRegistry.get(fingerprintsPath);
  }

  @ProcessElement
  public void process(@Element ParsedMeasurement m, MultiOutputReceiver out) {
    try {
      out.get(ScoreMeasurements.SCORED).output(ScoredMeasurement.of(m, scorers));
      scored.inc();
    } catch (RuntimeException e) {
      failures.inc();
      out.get(ScoreMeasurements.FAILURES).output(new Failure("score", "score/exception",
          e.toString(), m.sourceCan(), m.sourceLine(), m.uid(),
          MeasurementCodec.toJsonString(m.measurement())));
    }
  }
}
