package org.cyberwatch.probe.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cyberwatch.probe.ratelimit.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmitterTest {
  private static final String MEASUREMENT = "{\"annotations\":{},\"data_format_version\":\"0.2.0\","
      + "\"input\":\"127.0.0.1:9\",\"measurement_start_time\":\"2026-01-01 00:00:00\","
      + "\"probe_asn\":\"AS0\",\"probe_cc\":\"ZZ\",\"report_id\":\"\","
      + "\"software_name\":\"cyberwatch-probe-agent\",\"software_version\":\"0.1.0\","
      + "\"test_keys\":{},\"test_name\":\"tcp_connect\",\"test_runtime\":0.1,"
      + "\"test_start_time\":\"2026-01-01 00:00:00\",\"test_version\":\"0.1.0\"}";

  @TempDir Path dir;
  private final FakeTime time = new FakeTime(Instant.parse("2026-01-01T00:00:00Z"));
  private final HttpClient http = HttpClient.newHttpClient();
  private StubCollector primary;
  private StubCollector backup;

  @AfterEach
  void stop() {
    if (primary != null) {
      primary.close();
    }
    if (backup != null) {
      backup.close();
    }
  }

  private Submitter submitter(Outbox outbox, URI... collectors) {
    List<CollectorClient> clients = java.util.Arrays.stream(collectors)
        .map(u -> new CollectorClient(u, http, Duration.ofSeconds(5))).toList();
    return new Submitter(outbox, clients, new ReportBook(), time);
  }

  @Test
  void submitsZstdUnderOneReusedReportAndEmptiesTheOutbox() throws Exception {
    primary = new StubCollector();
    Outbox outbox = Outbox.open(dir, 1 << 20, time);
    outbox.put(MEASUREMENT.getBytes(StandardCharsets.UTF_8), "tcp_connect");
    outbox.put(MEASUREMENT.getBytes(StandardCharsets.UTF_8), "tcp_connect");

    DrainResult r = submitter(outbox, primary.url()).drain();

    assertEquals(new DrainResult(2, 0, false), r);
    assertEquals(0, outbox.depth());
    List<StubCollector.Received> subs = primary.submissions();
    assertEquals(List.of("zstd", "zstd"), subs.stream().map(StubCollector.Received::encoding)
        .toList());
    JsonNode first = subs.get(0).json();
    assertEquals("json", first.path("format").asText());
    assertEquals(first.path("content").path("report_id"), subs.get(1).json().path("content")
        .path("report_id"));
    assertTrue(subs.get(0).path().endsWith(first.path("content").path("report_id").asText()));
    assertEquals(1, primary.received().stream().filter(x -> x.path().equals("/report")).count());
  }

  @Test
  void openReportRequestCarriesTheEnvelopeFields() throws Exception {
    primary = new StubCollector();
    Outbox outbox = Outbox.open(dir, 1 << 20, time);
    outbox.put(MEASUREMENT.getBytes(StandardCharsets.UTF_8), "tcp_connect");
    submitter(outbox, primary.url()).drain();
    JsonNode open = primary.received().get(0).json();
    assertEquals("/report", primary.received().get(0).path());
    assertEquals("tcp_connect", open.path("test_name").asText());
    assertEquals("AS0", open.path("probe_asn").asText());
    assertEquals("json", open.path("format").asText());
    assertEquals("0.2.0", open.path("data_format_version").asText());
  }

  @Test
  void collectorRefusingZstdGetsGzip() throws Exception {
    primary = new StubCollector().refusingZstd();
    Outbox outbox = Outbox.open(dir, 1 << 20, time);
    outbox.put(MEASUREMENT.getBytes(StandardCharsets.UTF_8), "tcp_connect");
    submitter(outbox, primary.url()).drain();
    assertEquals("gzip", primary.submissions().get(0).encoding());
    assertEquals(0, outbox.depth());
  }

  @Test
  void failingCollectorFallsBackToTheBackup() throws Exception {
    primary = new StubCollector().failingWith(503);
    backup = new StubCollector();
    Outbox outbox = Outbox.open(dir, 1 << 20, time);
    outbox.put(MEASUREMENT.getBytes(StandardCharsets.UTF_8), "tcp_connect");
    DrainResult r = submitter(outbox, primary.url(), backup.url()).drain();
    assertEquals(1, r.submitted());
    assertEquals(1, backup.submissions().size());
    assertEquals(0, outbox.depth());
  }

  @Test
  void measurementStaysInTheOutboxWhenNoCollectorAnswers() throws Exception {
    primary = new StubCollector().failingWith(503);
    Outbox outbox = Outbox.open(dir, 1 << 20, time);
    outbox.put(MEASUREMENT.getBytes(StandardCharsets.UTF_8), "tcp_connect");
    DrainResult r = submitter(outbox, primary.url()).drain();
    assertTrue(r.unavailable());
    assertEquals(1, outbox.depth());
    assertEquals(1, Outbox.open(dir, 1 << 20, time).depth());
  }

  @Test
  void measurementRefusedForGoodMovesToRejected() throws Exception {
    primary = new StubCollector().failingWith(422);
    Outbox outbox = Outbox.open(dir, 1 << 20, time);
    outbox.put(MEASUREMENT.getBytes(StandardCharsets.UTF_8), "tcp_connect");
    DrainResult r = submitter(outbox, primary.url()).drain();
    assertEquals(new DrainResult(0, 1, false), r);
    assertFalse(outbox.list(10).iterator().hasNext());
  }

  private static final String TUNNEL_REPORT = "{\"report-type\":\"tunnel-telemetry\","
      + "\"time\":\"2026-01-01T00:00:00Z\",\"endpoint\":\"tls://192.0.2.9:443\","
      + "\"duration_ms\":12,\"failure\":null,"
      + "\"uuid\":\"0b8a4f4e-5a59-4c3f-9d52-3f0e8e1c2a10\",\"sampling_rate\":1}";

  @Test
  void tunnelReportIsPostedAsItIsToReportAndLeavesAfter201() throws Exception {
    primary = new StubCollector();
    Outbox outbox = Outbox.open(dir, 1 << 20, time);
    outbox.put(TUNNEL_REPORT.getBytes(StandardCharsets.UTF_8), "tunnel_telemetry",
        OutboxKind.TUNNEL_REPORT);

    DrainResult r = submitter(outbox, primary.url()).drain();

    assertEquals(new DrainResult(1, 0, false), r);
    assertEquals(0, outbox.depth());
    assertEquals(1, primary.received().size());
    StubCollector.Received sent = primary.received().get(0);
    assertEquals("/report", sent.path());
    assertEquals(null, sent.encoding());
    assertEquals(TUNNEL_REPORT, sent.text());
  }

  @Test
  void tunnelReportAnsweredWithoutA201GoesToTheBackupElseIsKeptAsRejected() throws Exception {
    primary = new StubCollector().withoutTunnelTelemetry();
    backup = new StubCollector();
    Outbox outbox = Outbox.open(dir, 1 << 20, time);
    outbox.put(TUNNEL_REPORT.getBytes(StandardCharsets.UTF_8), "tunnel_telemetry",
        OutboxKind.TUNNEL_REPORT);
    outbox.put(TUNNEL_REPORT.getBytes(StandardCharsets.UTF_8), "tunnel_telemetry",
        OutboxKind.TUNNEL_REPORT);

    assertEquals(new DrainResult(2, 0, false),
        submitter(outbox, primary.url(), backup.url()).drain());
    assertEquals(2, backup.received().size());

    outbox.put(TUNNEL_REPORT.getBytes(StandardCharsets.UTF_8), "tunnel_telemetry",
        OutboxKind.TUNNEL_REPORT);
    assertEquals(new DrainResult(0, 1, false), submitter(outbox, primary.url()).drain());
    try (var rejected = java.nio.file.Files.list(dir.resolve("rejected"))) {
      assertEquals(1, rejected.count());
    }
  }

  @Test
  void measurementResentAfterARestartCarriesTheSameReportId() throws Exception {
    primary = new StubCollector();
    ReportFile file = new ReportFile(dir.resolve("reports.json"));
    CollectorClient client = new CollectorClient(primary.url(), http, Duration.ofSeconds(5));
    Outbox outbox = Outbox.open(dir.resolve("outbox"), 1 << 20, time);
    outbox.put(MEASUREMENT.getBytes(StandardCharsets.UTF_8), "tcp_connect");
    new Submitter(outbox, List.of(client), ReportBook.persistent(file, List.of(client)), time)
        .drain();
    outbox.put(MEASUREMENT.getBytes(StandardCharsets.UTF_8), "tcp_connect");

    CollectorClient restarted = new CollectorClient(primary.url(), http, Duration.ofSeconds(5));
    new Submitter(outbox, List.of(restarted), ReportBook.persistent(file, List.of(restarted)),
        time).drain();

    List<StubCollector.Received> subs = primary.submissions();
    assertEquals(2, subs.size());
    assertEquals(subs.get(0).text(), subs.get(1).text());
    assertEquals(1, primary.received().stream().filter(x -> x.path().equals("/report")).count());
  }
}
