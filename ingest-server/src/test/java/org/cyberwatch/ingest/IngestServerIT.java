package org.cyberwatch.ingest;

import static org.cyberwatch.ingest.CollectorClient.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cyberwatch.ingest.config.ConfigKey;
import org.cyberwatch.ingest.config.IngestConfig;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.cyberwatch.schemas.id.ReportId;
import org.cyberwatch.schemas.validate.SchemaId;
import org.cyberwatch.schemas.validate.SchemaValidator;
import org.cyberwatch.testing.S3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A whole collector on port 0, with cans going to a real S3 API (s3proxy), driven over real HTTP
 * the way probes drive it. Collectors with other settings (disk floor, relay, TLS, NAT remotes)
 * are in {@link IngestServerVariantsIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestServerIT {

  static final String ADMIN_TOKEN = "it-admin-token-0123456789";
  private static final String BUCKET = "ingest-server-it";
  private static final String WEB = "ts-017-web-connectivity.example.json";

  @TempDir static Path dir;
  private Collector collector;
  private CollectorClient client;

  /** Flags of a collector in {@code dir} with local cans; tests add or replace flags. */
  static Map<ConfigKey, String> localFlags(Path dir) {
    Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
    flags.put(ConfigKey.LISTEN, "127.0.0.1:0");
    flags.put(ConfigKey.SPOOL_DIR, dir.resolve("spool").toString());
    flags.put(ConfigKey.CANS_DIR, dir.resolve("cans").toString());
    flags.put(ConfigKey.DISK_FLOOR, "0");
    flags.put(ConfigKey.TARGETS_FILE, ApiFixtures.path("api/targets.json").toString());
    return flags;
  }

  static Collector start(Map<ConfigKey, String> flags, Map<String, String> env) throws Exception {
    return Collector.start(IngestConfig.load(flags, env), Clock.systemUTC(), new IngestMetrics());
  }

  @BeforeAll
  void startCollector() throws Exception {
    S3Server s3 = S3Server.shared();
    s3.createBucket(BUCKET);
    Map<ConfigKey, String> flags = localFlags(dir);
    flags.remove(ConfigKey.CANS_DIR);
    flags.put(ConfigKey.BUCKET, BUCKET);
    flags.put(ConfigKey.S3_ENDPOINT, s3.endpoint().toString());
    flags.put(ConfigKey.S3_REGION, s3.region());
    flags.put(ConfigKey.SNAPSHOTS_DIR, ApiFixtures.path("snapshots/dated").toString());
    flags.put(ConfigKey.MAX_BODY, "1MiB");
    flags.put(ConfigKey.MAX_DECOMPRESSED, "4MiB");
    collector = start(flags, Map.of("INGEST_ADMIN_TOKEN", ADMIN_TOKEN, "INGEST_S3_ACCESS_KEY", s3.accessKey(),
        "INGEST_S3_SECRET_KEY", s3.secretKey()));
    client = new CollectorClient(collector.http().localUri());
  }

  @AfterAll
  void stopCollector() throws Exception {
    collector.close();
  }

  /** Opens a report for a measurement fixture the way probe-cli does; returns the report id. */
  private String open(ObjectNode m) throws Exception {
    ObjectNode open = ApiFixtures.JSON.createObjectNode();
    for (String k : List.of("data_format_version", "probe_asn", "probe_cc", "software_name", "software_version",
        "test_name", "test_start_time", "test_version")) {
      open.set(k, m.get(k));
    }
    open.put("format", "json");
    HttpResponse<byte[]> r = client.postJson("/report", open.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    return json(r).get("report_id").asText();
  }

  /** Opens a report and submits the measurement under it; returns the measurement uid. */
  private String openAndSubmit(String fixture, String... headers) throws Exception {
    ObjectNode m = ApiFixtures.measurement(fixture);
    String reportId = open(m);
    m.put("report_id", reportId);
    byte[] body = ApiFixtures.submission(m);
    HttpResponse<byte[]> r = client.postJson("/report/" + reportId, body, headers);
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    return json(r).get("measurement_uid").asText();
  }

  private long spoolDepth() throws Exception {
    return json(client.get("/health")).get("spool_depth").asLong();
  }

  @Test
  void ooniprobeSequenceOpenThenSubmitWithoutClose() throws Exception {
    ObjectNode m = ApiFixtures.measurement(WEB);
    String reportId = open(m);
    m.put("report_id", reportId);
    HttpResponse<byte[]> r = client.postJson("/report/" + reportId, ApiFixtures.submission(m));

    String uid = json(r).get("measurement_uid").asText();
    JsonNode stored = json(client.get("/api/v1/measurement/" + uid));
    ReportId id = ReportId.parse(reportId);
    assertEquals(List.of("webconnectivity", "IT", 30722L, true), List.of(id.testName(), id.cc(), id.asn(), id.hasStrongRandom()));
    assertEquals(List.of(reportId, uid, "127.0.0.1", m.get("test_keys")),
        List.of(stored.get("report_id").asText(), stored.get("measurement_uid").asText(),
            stored.get("probe_ip").asText(), stored.get("test_keys")));
  }

  @Test
  void zstdSubmissionIsStoredDecompressed() throws Exception {
    ObjectNode m = ApiFixtures.measurement("ts-028-dnscheck.example.json");
    String reportId = open(m);
    m.put("report_id", reportId);
    byte[] body = ApiFixtures.submission(m);
    HttpResponse<byte[]> r = client.postJson("/report/" + reportId, com.github.luben.zstd.Zstd.compress(body),
        "Content-Encoding", "zstd");

    JsonNode stored = json(client.get("/api/v1/measurement/" + json(r).get("measurement_uid").asText()));
    assertEquals(List.of(200, m.get("test_keys")), List.of(r.statusCode(), stored.get("test_keys")));
  }

  @Test
  void closeAnswersEmptyObject() throws Exception {
    String reportId = open(ApiFixtures.measurement(WEB));

    HttpResponse<byte[]> r = client.postJson("/report/" + reportId + "/close", new byte[0]);

    assertEquals(List.of(200, "{}"), List.of(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8)));
  }

  @Test
  void measurementIsServedFromTheSpoolAndAfterUploadFromTheCan() throws Exception {
    String uid = openAndSubmit("ts-032-tcpping.example.json");
    byte[] fromSpool = client.get("/api/v1/measurement/" + uid).body();

    HttpResponse<byte[]> seal = client.post("/admin/seal", new byte[0], "Authorization", "Bearer " + ADMIN_TOKEN);
    byte[] fromCan = client.get("/api/v1/measurement/" + uid).body();

    assertEquals(200, seal.statusCode(), new String(seal.body(), StandardCharsets.UTF_8));
    assertTrue(json(seal).get("uploaded_files").asInt() >= 4, new String(seal.body(), StandardCharsets.UTF_8));
    assertEquals(0, spoolDepth());
    assertEquals(ApiFixtures.JSON.readTree(fromSpool), ApiFixtures.JSON.readTree(fromCan));
    assertTrue(uploadedKeys().stream().anyMatch(k -> k.contains("/IT/tcpping/") && k.endsWith(".jsonl.gz")),
        uploadedKeys().toString());
  }

  private List<String> uploadedKeys() throws Exception {
    Path bucket = S3Server.shared().dataDir().resolve(BUCKET);
    try (Stream<Path> files = Files.walk(bucket)) {
      return files.filter(Files::isRegularFile).map(p -> bucket.relativize(p).toString()).toList();
    }
  }

  @Test
  void tunnelReportIsStoredScrubbed() throws Exception {
    ObjectNode report = ApiFixtures.tunnelReport("tunnel_report_with_failure.json",
        Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30));
    HttpResponse<byte[]> r = client.postJson("/report", report.toString().getBytes(StandardCharsets.UTF_8));

    String location = r.headers().firstValue("Location").orElseThrow();
    String stored = new String(client.get(location).body(), StandardCharsets.UTF_8);
    assertEquals(List.of(201, "AS13335", "US", "AS0", "ZZ"), List.of(r.statusCode(),
        json(r).get("endpoint_asn").asText(), json(r).get("endpoint_cc").asText(),
        json(r).get("client_asn").asText(), json(r).get("client_cc").asText()));
    assertFalse(stored.contains("1.1.1.1") || stored.contains("ss://"), stored);
    assertEquals(json(r), ApiFixtures.JSON.readTree(stored).get("test_keys"));
  }

  @Test
  void checkInHandsOutReportIdsUrlsAndHelpers() throws Exception {
    HttpResponse<byte[]> r = client.postJson("/api/v1/check-in", ApiFixtures.bytes("api/check_in_request_cyberwatch.json"));

    JsonNode answer = json(r);
    assertEquals(List.of(), SchemaValidator.load().validate(SchemaId.CHECK_IN_RESPONSE, answer));
    assertEquals(List.of(200, 4, "https://0.th.ooni.org", collector.http().localUri() + "/api/v1/peer-locator"),
        List.of(r.statusCode(), answer.at("/tests/web_connectivity/urls").size(),
            answer.at("/conf/test_helpers/web-connectivity/0/address").asText(),
            answer.at("/conf/test_helpers/peer-locator/0/address").asText()));
  }

  @Test
  void testListAndCollectorsAnswerAsOoni() throws Exception {
    JsonNode urls = json(client.get("/api/v1/test-list/urls?country_code=TR&category_codes=NEWS&limit=10"));
    JsonNode collectors = json(client.get("/api/v1/collectors"));

    assertEquals(List.of(1, "http://www.turkiyegazetesi.com.tr/", collector.http().localUri().toString(), "http"),
        List.of(urls.at("/metadata/count").asInt(), urls.at("/results/0/url").asText(),
            collectors.at("/0/address").asText(), collectors.at("/0/type").asText()));
  }

  @Test
  void peerLocatorNeverHandsAProbeItsOwnAddress() throws Exception {
    client.postJson("/api/v1/peer-locator", "{\"port\":8080,\"proto\":\"HTTP\",\"nat\":true}".getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> r = client.postJson("/api/v1/peer-locator",
        "{\"port\":8081,\"proto\":\"HTTP\",\"nat\":false,\"upnp\":true}".getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(200, true), List.of(r.statusCode(), json(r).get("peer").isNull()));
  }

  /**
   * Every class of bad input over real HTTP: path after /report/ (@id = a fresh report id for the
   * web_connectivity fixture); body; extra header; status; error code.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "not_a_report_id | @web | | 400 | bad_report_id",
    "20240214T090617Z_webconnectivity_IT_30722_n1_%2E%2Epasswd | @web | | 400 | bad_report_id",
    "..%2F..%2Fadmin%2Fseal | @web | | 400 | http_400",
    "20240214T090617Z_webconnectivity_DE_30722_n1_1IvUiXNWHooB5rmDABCDEF | @web | | 400 | report_id_mismatch",
    "@id | {\"format\":\"json\",\"content\":{ | | 400 | invalid_json",
    "@id | {\"format\":\"json\",\"content\":\"text\"} | | 400 | content_not_object",
    "@id | @web | Content-Type=text/plain | 415 | unsupported_media_type",
    "@id | @web | Content-Encoding=gzip | 400 | bad_encoding",
    "@id | @badzstd | Content-Encoding=zstd | 400 | bad_encoding",
    "@id | @bomb | Content-Encoding=gzip | 413 | decompressed_too_large",
    "@id | @huge | | 413 | body_too_large"})
  void badInputGetsAJsonReasonAndNothingIsStored(String path, String body, String header, int status, String code)
      throws Exception {
    long depth = spoolDepth();
    String reportId = path.equals("@id") ? open(ApiFixtures.measurement(WEB)) : path;
    String[] headers = header == null ? new String[0] : header.split("=", 2);
    String[] all = headers.length > 0 && headers[0].equals("Content-Type") ? headers
        : Stream.concat(Stream.of("Content-Type", "application/json"), Stream.of(headers)).toArray(String[]::new);

    HttpResponse<byte[]> r = client.post("/report/" + reportId, body(body), all);

    assertEquals(List.of(status, code, depth), List.of(r.statusCode(), json(r).get("error").asText(), spoolDepth()),
        new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(200, client.get("/health").statusCode());
  }

  @Test
  void tunnelReportOutsideTheTimeWindowIsRefused() throws Exception {
    ObjectNode report = ApiFixtures.tunnelReport("tunnel_report.json", Instant.now().minus(8, ChronoUnit.DAYS));

    HttpResponse<byte[]> r = client.postJson("/report", report.toString().getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(400, "time_out_of_window"), List.of(r.statusCode(), json(r).get("error").asText()));
  }

  @Test
  void healthAndMetricsAnswer() throws Exception {
    openAndSubmit(WEB);

    HttpResponse<byte[]> health = client.get("/health");
    String metrics = new String(client.get("/metrics").body(), StandardCharsets.UTF_8);

    assertEquals(List.of(200, "ok"), List.of(health.statusCode(), json(health).get("status").asText()));
    List<String> missing = Stream.of("cyberwatch_ingest_requests_total{route=\"/report/{report_id}\",status=\"200\"}",
        "cyberwatch_ingest_measurements_accepted_total{test_name=\"web_connectivity\"}",
        "cyberwatch_ingest_fsync_seconds_count", "cyberwatch_ingest_spool_depth", "cyberwatch_ingest_cans_uploaded_total",
        "cyberwatch_ingest_upload_failures_total", "cyberwatch_ingest_request_bytes_total")
        .filter(line -> !metrics.contains(line)).toList();
    assertEquals(List.of(), missing, metrics);
  }

  private static byte[] body(String spec) throws Exception {
    byte[] web = ApiFixtures.submission(WEB);
    return switch (spec) {
      case "@web" -> web;
      case "@badzstd" -> Arrays.copyOf(com.github.luben.zstd.Zstd.compress(web), 200);
      case "@bomb" -> gzip(new byte[16 * 1024 * 1024]);
      case "@huge" -> new byte[2 * 1024 * 1024];
      default -> spec.getBytes(StandardCharsets.UTF_8);
    };
  }

  static byte[] gzip(byte[] data) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
