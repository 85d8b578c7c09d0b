package org.cyberwatch.ingest;

import static org.cyberwatch.ingest.CollectorClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.cyberwatch.ingest.config.ConfigKey;
import org.cyberwatch.ingest.relay.RelayOutbox;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collectors with other settings: a disk floor, a relay, TLS, NAT-detection remotes. */
class IngestServerVariantsIT {

  private static final String WEB = "ts-017-web-connectivity.example.json";
  private static final String WEB_ID = "20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD";

  @TempDir Path dir;

  @Test
  void submissionBelowTheDiskFloorIsA503WithRetryAfter() throws Exception {
    Map<ConfigKey, String> flags = IngestServerIT.localFlags(dir);
    flags.put(ConfigKey.DISK_FLOOR, "1000TiB");
    try (Collector c = IngestServerIT.start(flags, Map.of())) {
      CollectorClient client = new CollectorClient(c.http().localUri());

      HttpResponse<byte[]> r = client.postJson("/report/" + WEB_ID, ApiFixtures.submission(WEB));

      assertEquals(List.of(503, "spool_full", "60", 0L), List.of(r.statusCode(), json(r).get("error").asText(),
          r.headers().firstValue("Retry-After").orElse(""), json(client.get("/health")).get("spool_depth").asLong()));
    }
  }

  @Test
  void acceptedMeasurementIsRelayedAndTheUpstreamUidRecorded() throws Exception {
    try (Collector upstream = IngestServerIT.start(IngestServerIT.localFlags(dir.resolve("upstream")), Map.of())) {
      Map<ConfigKey, String> flags = IngestServerIT.localFlags(dir.resolve("relaying"));
      flags.put(ConfigKey.RELAY_URL, upstream.http().localUri().toString());
      flags.put(ConfigKey.COLLECTOR_ID, "2");
      try (Collector relaying = IngestServerIT.start(flags, Map.of())) {
        HttpResponse<byte[]> r = new CollectorClient(relaying.http().localUri())
            .postJson("/report/" + WEB_ID, ApiFixtures.submission(WEB));
        String uid = json(r).get("measurement_uid").asText();

        JsonNode record = awaitRelayed(dir.resolve("relaying/spool/relay").resolve(RelayOutbox.LOG_FILE));
        JsonNode atUpstream = json(new CollectorClient(upstream.http().localUri())
            .get("/api/v1/measurement/" + record.get("upstream_measurement_uid").asText()));
        assertEquals(List.of(uid, record.get("upstream_report_id").asText(), ApiFixtures.measurement(WEB).get("test_keys")),
            List.of(record.get("measurement_uid").asText(), atUpstream.get("report_id").asText(),
                atUpstream.get("test_keys")));
      }
    }
  }

  /** The relay runs in the background every 5 s; waits (bounded) for its record. */
  private static JsonNode awaitRelayed(Path log) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!Files.exists(log) || Files.size(log) == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("nothing relayed within 30 s");
      }
      Thread.sleep(100);
    }
    return ApiFixtures.JSON.readTree(Files.readAllLines(log).get(0));
  }

  @Test
  void keystoreTurnsOnHttps() throws Exception {
    Path keystore = dir.resolve("collector.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "collector", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
        "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
        keystore.toString(), "-storepass", "changeit-it").redirectErrorStream(true).start();
    assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    Map<ConfigKey, String> flags = IngestServerIT.localFlags(dir);
    flags.put(ConfigKey.KEYSTORE, keystore.toString());
    try (Collector c = IngestServerIT.start(flags, Map.of("INGEST_KEYSTORE_PASSWORD", "changeit-it"))) {
      CollectorClient client = new CollectorClient(c.http().localUri(), HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1).sslContext(trusting(keystore, "changeit-it")).build());

      HttpResponse<byte[]> collectors = client.get("/api/v1/collectors");
      HttpResponse<byte[]> submitted = client.postJson("/report/" + WEB_ID, ApiFixtures.submission(WEB));

      assertEquals(List.of("https", "https", 200), List.of(c.http().localUri().getScheme(),
          json(collectors).at("/0/type").asText(), submitted.statusCode()));
    }
  }

  private static SSLContext trusting(Path keystore, String password) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, password.toCharArray());
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, tmf.getTrustManagers(), null);
    return ssl;
  }

  @Test
  void natRemotesEchoTheAddressSeenFromMainAndAlternatePorts() throws Exception {
    int altPort;
    try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      altPort = probe.getLocalPort(); // a free UDP port for the alternate remote
    }
    Map<ConfigKey, String> flags = IngestServerIT.localFlags(dir);
    flags.put(ConfigKey.NAT_LISTEN, "127.0.0.1:0");
    flags.put(ConfigKey.NAT_ALT_PORT, Integer.toString(altPort));
    try (Collector c = IngestServerIT.start(flags, Map.of());
        DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      JsonNode helpers = json(new CollectorClient(c.http().localUri()).postJson("/api/v1/check-in",
          ApiFixtures.bytes("api/check_in_request_ooni.json"))).at("/conf/test_helpers");
      String main = helpers.at("/nat-detection/0/address").asText();
      int mainPort = Integer.parseInt(main.substring(main.lastIndexOf(':') + 1));
      probe.setSoTimeout(10_000);
      byte[] request = "NATDET 7f3a8a0fa312de69".getBytes(StandardCharsets.US_ASCII);
      probe.send(new DatagramPacket(request, request.length, new InetSocketAddress("127.0.0.1", mainPort)));

      Set<String> answers = new TreeSet<>();
      List<Integer> fromPorts = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        DatagramPacket p = new DatagramPacket(new byte[128], 128);
        probe.receive(p);
        answers.add(new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII));
        fromPorts.add(p.getPort());
      }

      assertEquals(List.of(Set.of("NATDET 7f3a8a0fa312de69 127.0.0.1:" + probe.getLocalPort()),
              Set.of(mainPort, altPort), "127.0.0.1:" + altPort),
          List.of(answers, new TreeSet<>(fromPorts), helpers.at("/nat-detection-alt/0/address").asText()));
    }
  }

  @Test
  void tunnelReportFromAnEndpointLiteralIsStoredWithoutIt() throws Exception {
    try (Collector c = IngestServerIT.start(IngestServerIT.localFlags(dir), Map.of())) {
      ObjectNode report = ApiFixtures.tunnelReport("tunnel_report.json", java.time.Instant.now().minusSeconds(5)
          .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).put("endpoint", "wireguard://[2001:db8::7]:51820");

      HttpResponse<byte[]> r = new CollectorClient(c.http().localUri())
          .postJson("/report", report.toString().getBytes(StandardCharsets.UTF_8));

      assertEquals(List.of(201, "wireguard", 51820, false),
          List.of(r.statusCode(), json(r).get("proto").asText(), json(r).get("endpoint_port").asInt(),
              new String(r.body(), StandardCharsets.UTF_8).contains("2001:db8")));
    }
  }
}
