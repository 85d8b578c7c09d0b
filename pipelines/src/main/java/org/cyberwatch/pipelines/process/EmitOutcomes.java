package org.cyberwatch.pipelines.process;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.metrics.PipelineMetrics;
import org.cyberwatch.pipelines.rows.Row;

/**
 * The rows and failures of the kept copies (the dedupe's output), counted per step: scored,
 * enriched and extracted measurements, and score, enrich and row failures.
 *
 * <p>Input: {@link ProcessedMeasurement}. Output: {@link Row} on {@link #ROWS}, {@link Failure}
 * on {@link #FAILURES}.
 */
public final class EmitOutcomes extends PTransform<PCollection<ProcessedMeasurement>, PCollectionTuple> {
  public static final TupleTag<Row> ROWS = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<ProcessedMeasurement> measurements) {
    return measurements.apply("EmitOutcome",
        ParDo.of(new EmitOutcomeFn()).withOutputTags(ROWS, TupleTagList.of(FAILURES)));
  }

  static final class EmitOutcomeFn extends DoFn<ProcessedMeasurement, Row> {
    private final Counter scored = PipelineMetrics.counter(PipelineMetrics.SCORED);
    private final Counter enriched = PipelineMetrics.counter(PipelineMetrics.ENRICHED);
    private final Counter extracted = PipelineMetrics.counter(PipelineMetrics.EXTRACTED);
    private final Counter scoreFailures = PipelineMetrics.counter(PipelineMetrics.SCORE_FAILURES);
    private final Counter enrichFailures = PipelineMetrics.counter(PipelineMetrics.ENRICH_FAILURES);
    private final Counter rowFailures = PipelineMetrics.counter(PipelineMetrics.ROW_FAILURES);

    @ProcessElement
    public void process(@Element ProcessedMeasurement m, MultiOutputReceiver out) {
      count(m);
      if (m.failure() != null) {
        out.get(FAILURES).output(m.failure());
        return;
      }
      for (Row row : m.rows()) {
        out.get(ROWS).output(row);
      }
    }

    private void count(ProcessedMeasurement m) {
      if (m.scored()) {
        scored.inc();
      } else {
        scoreFailures.inc();
      }
      if (m.enriched()) {
        enriched.inc();
      } else if (m.scored()) {
        enrichFailures.inc();
      }
      if (m.failure() == null) {
        extracted.inc();
      } else if (m.enriched()) {
        rowFailures.inc();
      }
    }
  }
}
