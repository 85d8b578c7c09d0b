package org.cyberwatch.ingest.http;

import java.util.Map;
import java.util.function.Supplier;
import org.cyberwatch.ingest.checkin.CheckInService;
import org.cyberwatch.ingest.checkin.TargetList;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.peers.PeerLocator;
import org.cyberwatch.ingest.report.ReportService;
import org.cyberwatch.ingest.tunnel.TunnelTelemetryService;

/**
 * Everything the HTTP layer calls; the handlers hold nothing else.
 *
 * @param reports open/submit
 * @param tunnels tunnel-telemetry reports
 * @param checkIn check-in answers
 * @param targets the current target list (test-list URLs)
 * @param measurements lookup by uid
 * @param peers the peer locator
 * @param admin admin actions
 * @param health figures for {@code /health} (also refreshes gauges)
 * @param metrics the metrics registry
 */
public record HttpServices(
    ReportService reports,
    TunnelTelemetryService tunnels,
    CheckInService checkIn,
    Supplier<TargetList> targets,
    MeasurementFinder measurements,
    PeerLocator peers,
    AdminActions admin,
    Supplier<Map<String, Object>> health,
    IngestMetrics metrics) {

  /** Requires every service. */
  public HttpServices {
    if (reports == null || tunnels == null || checkIn == null || targets == null || measurements == null
        || peers == null || admin == null || health == null || metrics == null) {
      throw new IllegalArgumentException("every service must be set");
    }
  }
}
