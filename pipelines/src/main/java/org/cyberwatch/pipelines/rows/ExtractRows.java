package org.cyberwatch.pipelines.rows;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.cyberwatch.pipelines.enrich.EnrichedMeasurement;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.metrics.PipelineMetrics;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/**
 * Turns enriched measurements into the rows of every table ({@link RowExtractor}): the measurement
 * itself, its path (hops, AS edges: ExtractPaths), its observation and the ASes it touches.
 *
 * <p>Input: {@link EnrichedMeasurement}. Output: {@link Row} on {@link #ROWS}. Diverted to {@link
 * #FAILURES}: a document whose values do not fit the tables ({@code rows/invalid_value}).
 */
public final class ExtractRows extends PTransform<PCollection<EnrichedMeasurement>, PCollectionTuple> {
  public static final TupleTag<Row> ROWS = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<EnrichedMeasurement> measurements) {
    return measurements.apply("ExtractRow",
        ParDo.of(new ExtractRowsFn()).withOutputTags(ROWS, TupleTagList.of(FAILURES)));
  }

  static final class ExtractRowsFn extends DoFn<EnrichedMeasurement, Row> {
    private final Counter failures = PipelineMetrics.counter(PipelineMetrics.ROW_FAILURES);
    private final Counter extracted = PipelineMetrics.counter(PipelineMetrics.EXTRACTED);

    @ProcessElement
    public void process(@Element EnrichedMeasurement e, MultiOutputReceiver out) {
      try {
        for (Row row : RowExtractor.rows(e)) {
          out.get(ROWS).output(row);
        }
        extracted.inc();
      } catch (RuntimeException bad) {
        failures.inc();
        ParsedMeasurement p = e.scored().parsed();
        out.get(FAILURES).output(new Failure("rows", "rows/invalid_value", bad.getMessage(),
            p.sourceCan(), p.sourceLine(), p.uid(), MeasurementCodec.toJsonString(p.measurement())));
      }
    }
  }
}
