package org.cyberwatch.pipelines.dedupe;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.cyberwatch.pipelines.metrics.PipelineMetrics;
import org.cyberwatch.pipelines.process.ProcessedMeasurement;

/** See {@link DedupeMeasurements}. */
final class KeepSmallestUidFn extends DoFn<KV<String, Iterable<ProcessedMeasurement>>, ProcessedMeasurement> {
  private final Counter exact = PipelineMetrics.counter(PipelineMetrics.DUPLICATES_EXACT);
  private final Counter content = PipelineMetrics.counter(PipelineMetrics.DUPLICATES_CONTENT);

  @ProcessElement
  public void process(@Element KV<String, Iterable<ProcessedMeasurement>> group,
      OutputReceiver<ProcessedMeasurement> out) {
    DuplicateChoice choice = DuplicateChoice.among(group.getValue());
    exact.inc(choice.exactDuplicates());
    content.inc(choice.contentDuplicates());
    out.output(choice.kept());
  }
}
