package org.cyberwatch.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cyberwatch.probe.submit.StubCollector;
import org.cyberwatch.schemas.validate.SchemaValidator;
import org.cyberwatch.testing.RunnableJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar ({@code target/cyberwatch-probe-agent.jar}, run by {@link RunnableJar} as an
 * operator would) with {@code --once}: measures every target of the static list and of the
 * check-in once with the shipped tcp_connect measurer, submits everything to an in-test collector
 * and exits 0; with no collector answering, it exits 1 and leaves the measurements in the outbox.
 * The {@code -Xmx64m} runs are in {@link ProbeAgentCollectorIT} ({@link AgentProcess}).
 */
class ProbeAgentOnceIT {
  private static final RunnableJar JAR =
      RunnableJar.at(Path.of("target/cyberwatch-probe-agent.jar"));

  @TempDir Path dir;

  @Test
  void onceMeasuresEveryTargetSubmitsEnvelopesAndExitsZero() throws Exception {
    try (ServerSocket a = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        ServerSocket b = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        StubCollector collector = new StubCollector()) {
      String fromList = "127.0.0.1:" + a.getLocalPort();
      String fromCheckIn = "127.0.0.1:" + b.getLocalPort();
      collector.answeringCheckIn("{\"v\":1,\"probe_cc\":\"IT\",\"probe_asn\":\"AS30722\","
          + "\"utc_time\":\"2026-01-01T00:00:00Z\",\"conf\":{\"features\":{},\"test_helpers\":{}},"
          + "\"tests\":{},\"cyberwatch\":{\"targets\":{\"tcp_connect\":[{\"input\":\""
          + fromCheckIn + "\"}]},\"settings\":{\"rate_limits\":{\"measurements_per_minute\":600,"
          + "\"burst\":10}}}}");
      Path targets = dir.resolve("targets.txt");
      Files.writeString(targets, "# it\ntcp_connect " + fromList + "\n");

      RunnableJar.Result r = JAR.run("--once", "--collector", collector.url().toString(),
          "--outbox-dir", dir.resolve("outbox").toString(),
          "--state-dir", dir.resolve("state").toString(), "--targets", targets.toString(),
          "--tests", "tcp_connect", "--min-target-interval", "1s");

      assertEquals(0, r.exitCode(), r.stderr());
      List<JsonNode> contents = new ArrayList<>();
      for (StubCollector.Received s : collector.submissions()) {
        contents.add(s.json().path("content"));
      }
      Set<String> inputs = new TreeSet<>();
      contents.forEach(c -> inputs.add(c.path("input").asText()));
      assertEquals(new TreeSet<>(List.of(fromList, fromCheckIn)), inputs);
      JsonNode m = contents.get(0);
      assertEquals("IT", m.path("probe_cc").asText());
      assertEquals("AS30722", m.path("probe_asn").asText());
      assertEquals("cyberwatch-probe-agent", m.path("software_name").asText());
      assertEquals("0.1.0", m.path("test_version").asText());
      assertTrue(m.path("report_id").asText().startsWith("20260101T000000Z_tcpconnect"));
      assertFalse(m.has("probe_ip"));
      assertTrue(m.path("test_keys").path("status").path("success").asBoolean());
      assertEquals(List.of(), SchemaValidator.load().validateMeasurement(m));
      assertTrue(collector.submissions().stream().allMatch(s -> "zstd".equals(s.encoding())));
      assertTrue(collector.received().stream().anyMatch(x -> x.path().endsWith("/close")));
      try (var left = Files.list(dir.resolve("outbox/pending"))) {
        assertEquals(0, left.count());
      }
      assertTrue(r.stderr().contains("event=start"), r.stderr());
    }
  }

  @Test
  void onceWithoutAnyAnsweringCollectorKeepsMeasurementsAndExitsOne() throws Exception {
    try (ServerSocket a = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        StubCollector down = new StubCollector().failingWith(503)) {
      Path targets = dir.resolve("targets.txt");
      Files.writeString(targets, "tcp_connect 127.0.0.1:" + a.getLocalPort() + "\n");

      RunnableJar.Result r = JAR.run("--once", "--collector", down.url().toString(),
          "--check-in", "false", "--tests", "tcp_connect",
          "--outbox-dir", dir.resolve("outbox").toString(),
          "--state-dir", dir.resolve("state").toString(), "--targets", targets.toString());

      assertEquals(1, r.exitCode(), r.stderr());
      try (var left = Files.list(dir.resolve("outbox/pending"))) {
        List<Path> files = left.toList();
        assertEquals(1, files.size());
        assertTrue(Files.readString(files.get(0), StandardCharsets.UTF_8)
            .contains("\"test_name\":\"tcp_connect\""));
      }
    }
  }

  @Test
  void invalidConfigExitsTwoNamingTheKey() throws Exception {
    RunnableJar.Result r = JAR.run("--once", "--rate-per-minute", "-3", "--outbox-dir",
        dir.resolve("outbox").toString(), "--state-dir", dir.resolve("state").toString());
    assertEquals(2, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains("rate.per_minute (--rate-per-minute, PROBE_RATE_PER_MINUTE"),
        r.stderr());
  }
}
