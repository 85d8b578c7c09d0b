package org.cyberwatch.ingest.crash;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.cyberwatch.ingest.testing.ApiFixtures;

/**
 * One probe-like client: for each measurement it opens a report ({@code POST /report}), submits a
 * real measurement under it ({@code POST /report/{id}}, some zstd-compressed, some with a public
 * {@code probe_ip} to be scrubbed) and records the acknowledged uid. On a connection error or a
 * 503 it waits a little and tries again (reopening the report when the open failed), as a probe
 * does while its collector restarts. Runs until {@link #stop()}.
 */
final class SubmittingClient implements Runnable {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final URI base;
  private final List<ObjectNode> fixtures;
  private final SubmissionLedger ledger;
  private final Random random;
  private final double zstdShare;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();
  private volatile boolean stopped;

  SubmittingClient(URI base, List<ObjectNode> fixtures, SubmissionLedger ledger, long seed, double zstdShare) {
    this.base = base;
    this.fixtures = fixtures;
    this.ledger = ledger;
    this.random = new Random(seed);
    this.zstdShare = zstdShare;
  }

  void stop() {
    stopped = true;
  }

  @Override
  public void run() {
    try {
      while (!stopped) {
        submitOne(fixtures.get(random.nextInt(fixtures.size())).deepCopy());
        Thread.sleep(20 + random.nextInt(30));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      ledger.anomaly("client failed: " + e);
    }
  }

  private void submitOne(ObjectNode m) throws IOException, InterruptedException {
    if (m.has("probe_ip") && random.nextBoolean()) {
      m.put("probe_ip", "203.0.113." + (1 + random.nextInt(254)));
    }
    String reportId = null;
    while (!stopped) {
      if (reportId == null) {
        reportId = open(m);
        continue;
      }
      if (submit(m, reportId)) {
        return;
      }
    }
  }

  /** Opens a report for {@code m}; null when the collector was not reachable. */
  private String open(ObjectNode m) throws IOException, InterruptedException {
    ObjectNode open = ApiFixtures.JSON.createObjectNode();
    for (String k : List.of("data_format_version", "probe_asn", "probe_cc", "software_name", "software_version",
        "test_name", "test_start_time", "test_version")) {
      open.set(k, m.get(k));
    }
    open.put("format", "json");
    HttpResponse<byte[]> r = post("/report", open.toString().getBytes(StandardCharsets.UTF_8), false);
    if (r == null || r.statusCode() == 503) {
      return null;
    }
    if (r.statusCode() != 200) {
      ledger.anomaly("open answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
      stopped = true;
      return null;
    }
    return ApiFixtures.JSON.readTree(r.body()).get("report_id").asText();
  }

  /** Submits {@code m} under {@code reportId}; false when it has to be tried again. */
  private boolean submit(ObjectNode m, String reportId) throws IOException, InterruptedException {
    m.put("report_id", reportId);
    byte[] body = ApiFixtures.submission(m);
    String hash = SubmissionLedger.uidHash(body);
    ledger.sending(hash, m.deepCopy());
    HttpResponse<byte[]> r = post("/report/" + reportId, body, random.nextDouble() < zstdShare);
    if (r == null || r.statusCode() == 503) {
      return false;
    }
    if (r.statusCode() != 200) {
      ledger.anomaly("submit answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
      stopped = true;
      return true;
    }
    ledger.acknowledged(ApiFixtures.JSON.readTree(r.body()).get("measurement_uid").asText(), hash);
    return true;
  }

  /** The answer, or null after a connection error or 503 (counted; waited a little). */
  private HttpResponse<byte[]> post(String path, byte[] body, boolean zstd) throws InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(zstd ? Zstd.compress(body) : body));
    if (zstd) {
      b.header("Content-Encoding", "zstd");
    }
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() == 503) {
        ledger.serviceUnavailable();
        Thread.sleep(100);
      }
      return r;
    } catch (IOException e) {
      ledger.connectionError();
      Thread.sleep(100);
      return null;
    }
  }
}
