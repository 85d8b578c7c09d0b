package org.cyberwatch.ingest.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.report.ReportService;
import org.cyberwatch.ingest.report.Submission;
import org.cyberwatch.ingest.tunnel.TunnelTelemetryService;

/**
 * The OONI report endpoints: open ({@code POST /report}, also tunnel-telemetry reports), submit
 * ({@code POST /report/{report_id}}, answered once the measurement is durable) and close.
 */
final class ReportRoutes {

  private static final String REPORT_TYPE = "report-type";

  private final ReportService reports;
  private final TunnelTelemetryService tunnels;
  private final IngestMetrics metrics;

  ReportRoutes(ReportService reports, TunnelTelemetryService tunnels, IngestMetrics metrics) {
    this.reports = reports;
    this.tunnels = tunnels;
    this.metrics = metrics;
  }

  void register(RouteTable table) {
    table.add("POST", "/report", this::open)
        .add("POST", "/report/{report_id}", this::submit)
        .add("POST", "/report/{report_id}/close", this::close);
  }

  private CompletionStage<Void> open(Exchange ex) throws Exception {
    byte[] body = ex.jsonBody();
    ObjectNode json = HttpJson.readObject(body);
    if (json.has(REPORT_TYPE)) {
      return tunnel(ex, json, body);
    }
    ex.json(200, reports.open(json));
    return Route.DONE;
  }

  private CompletionStage<Void> tunnel(Exchange ex, ObjectNode json, byte[] body) throws Exception {
    return tunnels.submit(json, body, ex.clientIp()).thenAccept(report -> {
      count(report.submission());
      ex.responseHeader("Location", "/api/v1/measurement/" + report.submission().uid());
      ex.json(201, report.scrubbed());
    });
  }

  private CompletionStage<Void> submit(Exchange ex) throws Exception {
    String reportId = ex.param("report_id");
    byte[] body = ex.jsonBody();
    return reports.submit(reportId, body).thenAccept(done -> {
      if (!done.repeated()) {
        metrics.measurementsAccepted.labelValues(done.testName()).inc();
      }
      ex.json(200, Map.of("measurement_uid", done.uid().toString()));
    });
  }

  private CompletionStage<Void> close(Exchange ex) {
    ex.json(200, Map.of());
    return Route.DONE;
  }

  private void count(Submission s) {
    metrics.measurementsAccepted.labelValues(s.testName()).inc();
  }
}
