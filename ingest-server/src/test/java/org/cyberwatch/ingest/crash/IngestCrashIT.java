package org.cyberwatch.ingest.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.cyberwatch.schemas.can.CanEntry;
import org.cyberwatch.schemas.can.CanFormat;
import org.cyberwatch.testing.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durability promise end to end (README, Durability): the shaded jar runs as its own process
 * and is killed with SIGKILL five times at random moments — three while only submissions run, one
 * during a seal, one during an upload — while probe-like clients submit real measurements; it is
 * restarted on the same spool each time. Afterwards everything is sealed and uploaded to a real S3
 * API (s3proxy) and every can and index is read back with the schemas can library.
 */
class IngestCrashIT {

  private static final Logger LOG = LoggerFactory.getLogger(IngestCrashIT.class);
  private static final Path JAR = Path.of("target/cyberwatch-ingest-server.jar");
  private static final String BUCKET = "ingest-crash-it";
  private static final String ADMIN_TOKEN = "crash-it-admin-token-0123456789";
  private static final int CLIENTS = 6;
  private static final List<String> FIXTURES = List.of(
      "submissions/ts-017-web-connectivity.example.json", "submissions/ts-028-dnscheck.example.json",
      "submissions/tor.json", "measurements/ts-032-tcpping.example.json",
      "measurements/20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3.json",
      "measurements/browser_web.json", "measurements/riseupvpn.json", "measurements/torsf_1.json",
      "measurements/ts-025-stun-reachability.example.json", "measurements/vanilla_tor_ok.json");

  @TempDir Path dir;

  @Test
  @Timeout(300)
  void everyAcknowledgedMeasurementIsArchivedExactlyOnceAcrossSigkills() throws Exception {
    long seed = System.nanoTime();
    S3Server s3 = S3Server.shared();
    s3.createBucket(BUCKET);
    SubmissionLedger ledger = new SubmissionLedger();
    List<String> kills;
    try (CollectorProcess collector = CollectorProcess.start(JAR, flags(s3), Map.of("INGEST_ADMIN_TOKEN", ADMIN_TOKEN),
        Files.createDirectories(dir.resolve("logs")))) {
      KillSchedule schedule = new KillSchedule(collector, new Random(seed), ADMIN_TOKEN);
      submitWhileKilling(collector, schedule, ledger, seed);
      kills = schedule.kills();
      HttpResponse<String> seal = schedule.sealAndWait();
      assertEquals(200, seal.statusCode(), seal.body());
      awaitEmptyOutbox();
      assertEquals(0, ApiFixtures.JSON.readTree(seal.body()).get("spool_depth").asLong(), seal.body());
      collector.stop();
      logSummary(collector, ledger, kills);
    }
    String context = "seed " + seed + ", kills " + kills + ", logs in " + dir.resolve("logs");
    ArchiveContents archive = ArchiveContents.read(s3, BUCKET);
    List<CanEntry> jsonl = archive.entries().getOrDefault(CanFormat.JSONL_GZ, List.of());
    List<CanEntry> postcans = archive.entries().getOrDefault(CanFormat.POSTCAN_TAR_GZ, List.of());
    Set<String> acknowledged = ledger.acknowledgedUids();
    LOG.info("Archive: {} cans, {} JSONL entries, {} postcan entries", archive.cans(), jsonl.size(), postcans.size());

    assertEquals(List.of(), ledger.anomalies(), context);
    assertEquals(List.of(), archive.problems(), context);
    assertEquals(List.of(), duplicates(jsonl), context);
    assertEquals(List.of(), duplicates(postcans), context);
    assertEquals(List.of(), missing(acknowledged, jsonl), context);
    assertEquals(List.of(), missing(acknowledged, postcans), context);
    assertEquals(uids(jsonl), uids(postcans), context);
    assertEquals(List.of(), notAsSent(ledger, jsonl), context);
    assertEquals(List.of(), notAsSent(ledger, postcans), context);
    assertEquals(List.of("submitting", "submitting", "submitting", "sealing", "uploading"), kills, context);
    assertTrue(acknowledged.size() >= 200 && ledger.connectionErrors() > 0,
        acknowledged.size() + " acknowledged, " + ledger.connectionErrors() + " connection errors; " + context);
  }

  private void submitWhileKilling(CollectorProcess collector, KillSchedule schedule, SubmissionLedger ledger,
      long seed) throws IOException, InterruptedException {
    List<ObjectNode> fixtures = FIXTURES.stream().map(ApiFixtures::json).toList();
    List<SubmittingClient> clients = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      clients.add(new SubmittingClient(collector.base(), fixtures, ledger, seed + i, 0.3));
      threads.add(new Thread(clients.get(i), "crash-client-" + i));
      threads.get(i).start();
    }
    try {
      for (int i = 0; i < 3; i++) {
        schedule.killWhileSubmitting();
      }
      schedule.killWhileSealing();
      schedule.killWhileUploading();
      Thread.sleep(2000);
    } finally {
      clients.forEach(SubmittingClient::stop);
      for (Thread t : threads) {
        t.join(Duration.ofSeconds(60).toMillis());
      }
    }
  }

  private static void logSummary(CollectorProcess collector, SubmissionLedger ledger, List<String> kills)
      throws IOException {
    LOG.info("{} acknowledged, {} connection errors, {} 503s; kills {}; starts {} ms; runs that cut a torn"
        + " tail {}, deleted a partial seal {}, finished a committed seal {}", ledger.acknowledgedUids().size(),
        ledger.connectionErrors(), ledger.unavailable(), kills, collector.startMillis(),
        collector.runsThatLogged("Cutting torn tail"), collector.runsThatLogged("Deleting seal directory"),
        collector.runsThatLogged("Finishing committed seal"));
  }

  private List<String> flags(S3Server s3) throws IOException {
    Path credentials = Files.writeString(dir.resolve("s3-credentials"), "[default]\naws_access_key_id = "
        + s3.accessKey() + "\naws_secret_access_key = " + s3.secretKey() + "\n");
    return List.of("--spool-dir", dir.resolve("spool").toString(), "--disk-floor", "0", "--collector-id", "crash",
        "--bucket", BUCKET, "--s3-endpoint", s3.endpoint().toString(), "--s3-region", s3.region(),
        "--s3-path-style", "true", "--s3-credentials-file", credentials.toString());
  }

  private void awaitEmptyOutbox() throws IOException, InterruptedException {
    Path outbox = dir.resolve("spool/outbox");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try (Stream<Path> sets = Files.list(outbox)) {
        List<Path> left = sets.toList();
        if (left.isEmpty() || System.nanoTime() > deadline) {
          assertEquals(List.of(), left, "seal sets never uploaded");
          return;
        }
      }
      Thread.sleep(100);
    }
  }

  private static Set<String> uids(List<CanEntry> entries) {
    return new TreeSet<>(entries.stream().map(CanEntry::measurementUid).toList());
  }

  private static List<String> duplicates(List<CanEntry> entries) {
    Set<String> seen = new HashSet<>();
    return entries.stream().map(CanEntry::measurementUid).filter(uid -> !seen.add(uid)).sorted().toList();
  }

  private static List<String> missing(Set<String> acknowledged, List<CanEntry> entries) {
    Set<String> present = uids(entries);
    return acknowledged.stream().filter(uid -> !present.contains(uid)).sorted().toList();
  }

  /** Entries whose content is not the content sent, with probe_ip scrubbed and the uid added. */
  private static List<String> notAsSent(SubmissionLedger ledger, List<CanEntry> entries) throws IOException {
    List<String> wrong = new ArrayList<>();
    for (CanEntry e : entries) {
      String uid = e.measurementUid();
      JsonNode stored = ApiFixtures.JSON.readTree(e.json());
      JsonNode expected = ledger.sent(uid.substring(uid.lastIndexOf('_') + 1)).map(sent -> {
        ObjectNode m = (ObjectNode) sent.deepCopy();
        if (m.has("probe_ip")) {
          m.put("probe_ip", "127.0.0.1");
        }
        return m.put("measurement_uid", uid);
      }).orElse(null);
      if (!stored.equals(expected)) {
        wrong.add(uid + (expected == null ? ": never sent" : ": differs from what was sent"));
      }
    }
    return wrong;
  }
}
