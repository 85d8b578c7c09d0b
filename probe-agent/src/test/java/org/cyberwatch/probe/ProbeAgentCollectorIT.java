package org.cyberwatch.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cyberwatch.probe.measure.TestTls;
import org.cyberwatch.probe.measure.http.TestWebServer;
import org.cyberwatch.schemas.validate.SchemaValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged agent against the real collector (the ingest server's jar in its own JVM): every
 * measurement the agent finishes is stored exactly once, also when the agent is SIGKILLed in the
 * middle of measuring or of submitting and started again. Targets are servers the test runs on
 * loopback addresses 127.0.0.x, one address per target (the agent probes a host at most once per
 * {@code --min-target-interval}).
 */
class ProbeAgentCollectorIT {
  private static final Duration RUN = Duration.ofMinutes(2);

  @TempDir Path dir;
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeAll
  static void jarsAreBuilt() {
    assumeTrue(Files.isRegularFile(CollectorProcess.JAR), "SKIPPED collector ITs: no ingest "
        + "server jar at " + CollectorProcess.JAR.toAbsolutePath() + " (build both modules: mvn "
        + "-pl ingest-server,probe-agent -am verify)");
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  private <T extends AutoCloseable> T keep(T resource) {
    open.add(resource);
    return resource;
  }

  private ServerSocket listener(String address) throws Exception {
    return keep(new ServerSocket(0, 50, InetAddress.getByName(address)));
  }

  private List<String> agentArgs(String collector, Path targets, String tests, String... more) {
    List<String> args = new ArrayList<>(List.of("--once", "--collector", collector,
        "--outbox-dir", dir.resolve("outbox").toString(), "--state-dir",
        dir.resolve("state").toString(), "--targets", targets.toString(), "--tests", tests,
        "--min-target-interval", "1s"));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void onceDeliversEveryFinishedMeasurementToTheCollectorExactlyOnce() throws Exception {
    CollectorProcess collector = keep(CollectorProcess.start(dir.resolve("collector")));
    ServerSocket tcp = listener("127.0.0.11");
    int refused = freePort("127.0.0.12");
    ServerSocket ss = listener("127.0.0.15");
    TestWebServer http = keep(TestWebServer.http(new InetSocketAddress("127.0.0.1", 0)));
    TestWebServer https = keep(TestWebServer.https(new InetSocketAddress("127.0.0.1", 0),
        TestTls.server(TestTls.GOOD)));
    TestWebServer tls = keep(TestWebServer.https(new InetSocketAddress("127.0.0.16", 0),
        TestTls.server(TestTls.GOOD)));
    Path targets = dir.resolve("targets.txt");
    Files.writeString(targets, String.join("\n", "tcp_connect 127.0.0.11:" + tcp.getLocalPort(),
        "tcp_connect 127.0.0.12:" + refused, "http_vs_https 127.0.0.1/doc",
        "traceroute 127.0.0.14", "tunnel_telemetry ss://127.0.0.15:" + ss.getLocalPort(),
        "tunnel_telemetry tls://127.0.0.16:" + tls.port()) + "\n");

    AgentProcess agent = keep(AgentProcess.start(dir, "agent", trustingTestCertificates(),
        agentArgs(collector.url().toString(), targets,
            "tcp_connect,http_vs_https,traceroute,tunnel_telemetry,peer_locator",
            "--rate-per-minute", "6000", "--rate-burst", "100", "--http-port",
            Integer.toString(http.port()), "--https-port", Integer.toString(https.port()),
            "--peer-server-port", Integer.toString(freePort("0.0.0.0")))));

    assertEquals(0, agent.waitFor(RUN), agent.stderr());
    assertTrue(agent.stderr().contains("event=once_done measured=7 failed=1 invalid=0 "
        + "outbox_left=0"), agent.stderr());
    Map<String, JsonNode> stored = collector.stored();
    assertEquals(7, stored.size(), stored.keySet().toString());
    assertEquals(List.of(), Measurements.notServedAsStored(collector, stored));
    assertEquals(7, new HashSet<>(stored.values().stream().map(Measurements::identity)
        .toList()).size());
    assertEquals(new TreeSet<>(List.of("tcp_connect 127.0.0.11:" + tcp.getLocalPort() + " true",
        "tcp_connect 127.0.0.12:" + refused + " connection_refused",
        "http_vs_https 127.0.0.1/doc true/true", "traceroute 127.0.0.14 127.0.0.14",
        "peer_locator null no_peer", "tunnel_telemetry ss:" + ss.getLocalPort() + " null",
        "tunnel_telemetry tls:" + tls.port() + " null")), Measurements.summaries(stored.values()));
    SchemaValidator schemas = SchemaValidator.load();
    assertEquals(List.of(), stored.values().stream().flatMap(m -> schemas.validateMeasurement(m)
        .stream()).toList());
    String all = String.join("\n", stored.values().stream().map(JsonNode::toString).toList());
    assertFalse(all.contains("127.0.0.15") || all.contains("127.0.0.16")
        || all.contains("\"endpoint\""), "tunnel endpoints are stored scrubbed: " + all);
    assertTrue(Measurements.pending(dir.resolve("outbox")).isEmpty());
  }

  @Test
  void killedAgentRestartedLosesNothingAndDuplicatesNothing() throws Exception {
    CollectorProcess collector = keep(CollectorProcess.start(dir.resolve("collector")));
    GatedProxy proxy = keep(new GatedProxy(collector.url()));
    List<String> lines = new ArrayList<>();
    for (int i = 20; i < 52; i++) {
      lines.add("tcp_connect 127.0.0." + i + ":" + listener("127.0.0." + i).getLocalPort());
    }
    for (int i = 60; i < 68; i++) {
      lines.add("tunnel_telemetry ss://127.0.0." + i + ":"
          + listener("127.0.0." + i).getLocalPort());
    }
    Path targets = dir.resolve("targets.txt");
    Files.writeString(targets, String.join("\n", lines) + "\n");
    List<String> args = agentArgs(proxy.url().toString(), targets, "tcp_connect,tunnel_telemetry",
        "--rate-per-minute", "600", "--rate-burst", "1", "--max-in-flight", "2");

    AgentProcess measuring = keep(AgentProcess.start(dir, "agent-a", List.of(), args));
    Measurements.awaitPending(dir.resolve("outbox"), 10, RUN);
    measuring.kill();
    List<JsonNode> leftByA = Measurements.pending(dir.resolve("outbox"));
    int storedByA = proxy.acknowledged();

    proxy.closeAfter(15);
    AgentProcess submitting = keep(AgentProcess.start(dir, "agent-b", List.of(), args));
    proxy.awaitHeldRequest(RUN);
    submitting.kill();
    List<JsonNode> leftByB = Measurements.pending(dir.resolve("outbox"));
    proxy.open();

    AgentProcess finishing = keep(AgentProcess.start(dir, "agent-c", List.of(), args));
    assertEquals(0, finishing.waitFor(RUN), finishing.stderr());

    assertTrue(leftByA.size() >= 10 && !leftByB.isEmpty(), "killed mid-run: " + leftByA.size()
        + " then " + leftByB.size() + " measurements left in the outbox");
    Map<String, JsonNode> stored = collector.stored();
    List<JsonNode> identities = stored.values().stream().map(Measurements::identity).toList();
    assertEquals(identities.size(), new HashSet<>(identities).size(), "a measurement stored twice");
    List<JsonNode> lost = new ArrayList<>(leftByA);
    lost.addAll(leftByB);
    lost.removeIf(m -> identities.contains(Measurements.identity(m)));
    assertEquals(List.of(), lost);
    assertEquals(storedByA + leftByA.size() + 40 + 40, stored.size());
    assertEquals(proxy.acknowledged(), stored.size());
    assertEquals(List.of(), Measurements.notServedAsStored(collector, stored));
    assertTrue(Measurements.pending(dir.resolve("outbox")).isEmpty());
  }

  private static int freePort(String address) throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(address))) {
      return s.getLocalPort();
    }
  }

  /** JVM options making the agent trust the test certificate (its HTTPS fetch verifies). */
  private static List<String> trustingTestCertificates() {
    Path store = TestTls.directory().resolve(TestTls.GOOD.replaceAll("[^A-Za-z0-9.]", "_")
        + ".p12");
    return List.of("-Djavax.net.ssl.trustStore=" + store, "-Djavax.net.ssl.trustStoreType=PKCS12",
        "-Djavax.net.ssl.trustStorePassword=changeit");
  }
}
