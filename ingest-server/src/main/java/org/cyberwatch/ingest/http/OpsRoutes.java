package org.cyberwatch.ingest.http;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.cyberwatch.ingest.metrics.IngestMetrics;

/** {@code GET /health} (status and spool figures) and {@code GET /metrics} (Prometheus text). */
final class OpsRoutes {

  private final Supplier<Map<String, Object>> health;
  private final IngestMetrics metrics;

  OpsRoutes(Supplier<Map<String, Object>> health, IngestMetrics metrics) {
    this.health = health;
    this.metrics = metrics;
  }

  void register(RouteTable table) {
    table.add("GET", "/health", this::health).add("GET", "/metrics", this::metrics);
  }

  private CompletionStage<Void> health(Exchange ex) {
    ex.json(200, health.get());
    return Route.DONE;
  }

  private CompletionStage<Void> metrics(Exchange ex) throws Exception {
    health.get(); // refreshes gauges such as the spool depth
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    metrics.writeTo(out);
    ex.send(200, IngestMetrics.contentType(), out.toByteArray());
    return Route.DONE;
  }
}
