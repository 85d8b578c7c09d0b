package org.cyberwatch.ingest.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.cyberwatch.ingest.report.ReportService;
import org.cyberwatch.ingest.report.Submission;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.cyberwatch.ingest.testing.MutableClock;
import org.cyberwatch.ingest.upload.Backoff;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelayWorkerTest {

  private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1), 1);

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2024-02-14T09:06:17Z"));
  private final List<Measurement> received = new ArrayList<>();
  private final Deque<Boolean> upstreamUp = new ArrayDeque<>();
  private RelayOutbox outbox;
  private RelayWorker worker;

  @BeforeEach
  void open() throws IOException {
    outbox = new RelayOutbox(dir.resolve("relay"));
    Upstream upstream = m -> {
      if (!upstreamUp.isEmpty() && !upstreamUp.pop()) {
        throw new RelayException("upstream down");
      }
      received.add(m);
      return new Upstream.Receipt("20240214T090620Z_webconnectivity_IT_30722_n9_UpstreamUpstreamUp",
          "20240214090620.000001_IT_webconnectivity_00000000000000" + String.format("%02d", received.size()));
    };
    worker = new RelayWorker(outbox, upstream, BACKOFF, clock);
  }

  private String add(String fixture, Instant receivedAt) throws IOException {
    Measurement m = MeasurementCodec.parse(ApiFixtures.bytes("submissions/" + fixture));
    Submission s = ReportService.stamp(m, ApiFixtures.submission(fixture), receivedAt);
    outbox.add(s.uid().toString(), s.record().post());
    return s.uid().toString();
  }

  @Test
  void relayedMeasurementIsRecordedWithTheUpstreamUidAndRemoved() throws Exception {
    String uid = add("ts-017-web-connectivity.example.json", clock.instant());

    int relayed = worker.runOnce();

    JsonNode log = ApiFixtures.JSON.readTree(Files.readString(outbox.logFile()));
    assertEquals(List.of(1, List.of(), uid, "20240214090620.000001_IT_webconnectivity_0000000000000001"),
        List.of(relayed, outbox.pending(), log.get("measurement_uid").asText(),
            log.get("upstream_measurement_uid").asText()));
  }

  @Test
  void upstreamGetsTheStoredMeasurement() throws Exception {
    add("ts-028-dnscheck.example.json", clock.instant());

    worker.runOnce();

    assertEquals(List.of("dnscheck", "127.0.0.1"), List.of(received.get(0).testName(), received.get(0).probeIp()));
  }

  @Test
  void failureEndsThePassAndWaitsForTheBackoff() throws Exception {
    add("ts-017-web-connectivity.example.json", clock.instant());
    add("ts-028-dnscheck.example.json", clock.instant().plusSeconds(1));
    upstreamUp.add(false);

    List<Integer> passes = new ArrayList<>();
    passes.add(worker.runOnce()); // first fails: pass ends
    passes.add(worker.runOnce()); // first waits 5 s; second goes
    clock.advance(Duration.ofSeconds(5));
    passes.add(worker.runOnce()); // first is due again

    assertEquals(List.of(0, 1, 1), passes);
    assertEquals(List.of(), outbox.pending());
  }

  @Test
  void backoffDoublesAfterEachFailure() throws Exception {
    add("ts-017-web-connectivity.example.json", clock.instant());
    upstreamUp.addAll(List.of(false, false, false));

    List<Integer> relayedAt = new ArrayList<>();
    for (int second = 0; second <= 40; second++) {
      if (worker.runOnce() > 0) {
        relayedAt.add(second);
      }
      clock.advance(Duration.ofSeconds(1));
    }

    assertEquals(List.of(35), relayedAt); // failures at 0, 5, 15 (waits 5, 10, 20 s)
  }
}
