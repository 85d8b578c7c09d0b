package org.cyberwatch.ingest.metrics;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Every metric the collector exposes on {@code GET /metrics}, declared in one place. One instance
 * per server, with its own registry (tests run several servers in one JVM).
 */
public final class IngestMetrics {
  private static final double[] LATENCY_SECONDS = {
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5
  };

  private final PrometheusRegistry registry = new PrometheusRegistry();

  /** Requests by route template and status code. */
  public final Counter requests =
      Counter.builder().name("cyberwatch_ingest_requests_total").help("HTTP requests")
          .labelNames("route", "status").register(registry);

  /** Request body bytes received (as sent, before decompression). */
  public final Counter requestBytes =
      Counter.builder().name("cyberwatch_ingest_request_bytes_total")
          .help("request body bytes received, before decompression").register(registry);

  /** Measurements acknowledged (durable), by test name. */
  public final Counter measurementsAccepted =
      Counter.builder().name("cyberwatch_ingest_measurements_accepted_total")
          .help("measurements acknowledged after they were durable").labelNames("test_name")
          .register(registry);

  /** Requests rejected with a 4xx, by reason. */
  public final Counter rejected =
      Counter.builder().name("cyberwatch_ingest_rejected_total").help("requests rejected, by reason")
          .labelNames("reason").register(registry);

  /** Measurements in the spool that are not sealed into cans yet. */
  public final Gauge spoolDepth =
      Gauge.builder().name("cyberwatch_ingest_spool_depth")
          .help("measurements spooled and not yet sealed into cans").register(registry);

  /** Journal fsync latency (one fsync per group commit). */
  public final Histogram fsyncSeconds =
      Histogram.builder().name("cyberwatch_ingest_fsync_seconds")
          .help("journal fsync latency per group commit").classicUpperBounds(LATENCY_SECONDS)
          .register(registry);

  /** Measurements per group commit. */
  public final Histogram commitBatchSize =
      Histogram.builder().name("cyberwatch_ingest_commit_batch_size")
          .help("measurements made durable by one fsync")
          .classicUpperBounds(1, 2, 4, 8, 16, 32, 64, 128, 256, 512).register(registry);

  /** Cans sealed locally (each format counts). */
  public final Counter cansWritten =
      Counter.builder().name("cyberwatch_ingest_cans_written_total").help("cans sealed locally")
          .register(registry);

  /** Cans uploaded and verified. */
  public final Counter cansUploaded =
      Counter.builder().name("cyberwatch_ingest_cans_uploaded_total")
          .help("cans uploaded and verified").register(registry);

  /** Failed upload attempts (retried with backoff). */
  public final Counter uploadFailures =
      Counter.builder().name("cyberwatch_ingest_upload_failures_total")
          .help("failed upload attempts; they are retried").register(registry);

  /** Writes the Prometheus text exposition format (version 0.0.4). */
  public void writeTo(OutputStream out) throws IOException {
    PrometheusTextFormatWriter.create().write(out, registry.scrape(), EscapingScheme.UNDERSCORE_ESCAPING);
  }

  /** The content type of {@link #writeTo}. */
  public static String contentType() {
    return PrometheusTextFormatWriter.CONTENT_TYPE;
  }
}
