package org.cyberwatch.ingest;

import static org.cyberwatch.ingest.CollectorClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cyberwatch.ingest.config.ConfigKey;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.cyberwatch.testing.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collector whose S3 endpoint does not answer (s3proxy stopped, its port closed): probes are
 * still acknowledged, sealing goes on, the failed uploads are counted and the cans wait in the
 * local outbox; once s3proxy is back on that port the retries upload them. Every measurement is
 * served by uid all along (from the spool, the outbox, then the bucket).
 */
class S3OutageIT {

  private static final String BUCKET = "ingest-outage-it";
  private static final String WEB = "ts-017-web-connectivity.example.json";
  private static final String WEB_ID = "20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD";
  private static final Pattern FAILURES =
      Pattern.compile("(?m)^cyberwatch_ingest_upload_failures_total(?:\\{[^}]*\\})? ([0-9.eE+]+)$");
  private static final Duration PATIENCE = Duration.ofSeconds(150);

  @TempDir Path dir;

  @Test
  void measurementsAreAcknowledgedSealedAndServedWhileS3IsDownAndUploadedOnceItIsBack() throws Exception {
    Path s3Home = dir.resolve("s3");
    int port = freePort();
    Map<String, String> env;
    try (S3Server s3 = S3Server.start(s3Home, "127.0.0.1", port)) {
      s3.createBucket(BUCKET);
      env = Map.of("INGEST_S3_ACCESS_KEY", s3.accessKey(), "INGEST_S3_SECRET_KEY", s3.secretKey());
    }
    try (Collector c = IngestServerIT.start(flags(port), env)) {
      CollectorClient client = new CollectorClient(c.http().localUri());
      List<String> uids = submitTwo(client);
      await("a seal whose upload failed", () -> uploadFailures(client) > 0 && localCans().size() >= 4);

      assertEquals(List.of(0L, List.of(200, 200), uids), List.of(spoolDepth(client), statuses(client, uids),
          servedUids(client, uids)));

      try (S3Server s3 = S3Server.start(s3Home, "127.0.0.1", port)) {
        await("the cans uploaded", () -> localCans().isEmpty() && bucketKeys(s3).size() >= 4);

        assertEquals(List.of(List.of(200, 200), uids), List.of(statuses(client, uids), servedUids(client, uids)));
        assertTrue(bucketKeys(s3).stream().anyMatch(k -> k.endsWith(".jsonl.gz")), bucketKeys(s3).toString());
      }
    }
  }

  private Map<ConfigKey, String> flags(int port) {
    Map<ConfigKey, String> flags = IngestServerIT.localFlags(dir);
    flags.remove(ConfigKey.CANS_DIR);
    flags.put(ConfigKey.BUCKET, BUCKET);
    flags.put(ConfigKey.S3_ENDPOINT, "http://127.0.0.1:" + port);
    flags.put(ConfigKey.CAN_PERIOD, "2s");
    return flags;
  }

  /** Submits a web_connectivity and a tor measurement; both must be acknowledged with a uid. */
  private static List<String> submitTwo(CollectorClient client) throws Exception {
    ObjectNode tor = ApiFixtures.measurement("tor.json");
    List<String> uids = new ArrayList<>();
    for (HttpResponse<byte[]> r : List.of(
        client.postJson("/report/" + WEB_ID, ApiFixtures.submission(WEB)),
        client.postJson("/report/" + tor.get("report_id").asText(), ApiFixtures.submission(tor)))) {
      assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
      uids.add(json(r).get("measurement_uid").asText());
    }
    return uids;
  }

  private static List<Integer> statuses(CollectorClient client, List<String> uids) throws Exception {
    List<Integer> out = new ArrayList<>();
    for (String uid : uids) {
      out.add(client.get("/api/v1/measurement/" + uid).statusCode());
    }
    return out;
  }

  private static List<String> servedUids(CollectorClient client, List<String> uids) throws Exception {
    List<String> out = new ArrayList<>();
    for (String uid : uids) {
      out.add(json(client.get("/api/v1/measurement/" + uid)).get("measurement_uid").asText());
    }
    return out;
  }

  private static long spoolDepth(CollectorClient client) throws Exception {
    return json(client.get("/health")).get("spool_depth").asLong();
  }

  private static double uploadFailures(CollectorClient client) throws Exception {
    Matcher m = FAILURES.matcher(new String(client.get("/metrics").body(), StandardCharsets.UTF_8));
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  /** Sealed cans waiting in the spool's outbox. */
  private List<Path> localCans() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("spool"))) {
      return files.filter(p -> p.toString().endsWith(".tar.gz") || p.toString().endsWith(".jsonl.gz")).toList();
    }
  }

  private static List<String> bucketKeys(S3Server s3) throws IOException {
    Path bucket = s3.dataDir().resolve(BUCKET);
    try (Stream<Path> files = Files.walk(bucket)) {
      return files.filter(Files::isRegularFile).map(p -> bucket.relativize(p).toString()).toList();
    }
  }

  /** Waits (polling, bounded) until {@code done} holds. */
  private static void await(String what, Callable<Boolean> done) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!done.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + what + " within " + PATIENCE);
      }
      Thread.sleep(250);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
