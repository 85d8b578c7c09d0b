package org.cyberwatch.pipelines.parse;

import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.metrics.PipelineMetrics;
import org.cyberwatch.pipelines.read.SourcedEntry;
import org.cyberwatch.schemas.measurement.DigestedMeasurement;
import org.cyberwatch.schemas.measurement.MeasurementParseException;

/** See {@link ParseMeasurements}. */
final class ParseMeasurementFn extends DoFn<SourcedEntry, ParsedMeasurement> {
  private final MeasurementFilter filter;
  private final Counter parsed = PipelineMetrics.counter(PipelineMetrics.PARSED);
  private final Counter filtered = PipelineMetrics.counter(PipelineMetrics.FILTERED);
  private final Counter failures = PipelineMetrics.counter(PipelineMetrics.PARSE_FAILURES);

  ParseMeasurementFn(MeasurementFilter filter) {
    this.filter = filter;
  }

  @ProcessElement
  public void process(@Element SourcedEntry entry, MultiOutputReceiver out) {
    try {
      DigestedMeasurement m = MeasurementIdentity.parse(entry.json());
      if (!filter.keeps(m.measurement())) {
        filtered.inc();
        return;
      }
      ParsedMeasurement p =
          MeasurementIdentity.identify(m, entry.uidHint(), entry.sourceCan(), entry.line());
      // unchanged by identify (its own uid): the entry's bytes encode it, the coder copies them
      out.get(ParseMeasurements.PARSED).output(p.measurement() == m.measurement() ? p.withJson(entry.json()) : p);
      parsed.inc();
    } catch (MeasurementParseException e) {
      fail(entry, reasonOf(e), e.getMessage(), out);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      fail(entry, "parse/invalid_measurement", e.getMessage(), out);
    }
  }

  private static String reasonOf(MeasurementParseException e) {
    String field = e.field();
    return MeasurementParseException.DOCUMENT.equals(field) ? "parse/invalid_json" : "parse/invalid_" + field;
  }

  private void fail(SourcedEntry entry, String reason, String message, MultiOutputReceiver out) {
    failures.inc();
    out.get(ParseMeasurements.FAILURES)
        .output(new Failure("parse", reason, String.valueOf(message), entry.sourceCan(), entry.line(),
            entry.uidHint(), new String(entry.json(), StandardCharsets.UTF_8)));
  }
}
