package org.cyberwatch.probe.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cyberwatch.probe.measure.tunnel.HandshakeOnlyTls;
import org.cyberwatch.probe.measure.tunnel.TunnelTelemetryMeasurer;
import org.cyberwatch.probe.report.EnvelopeBuilder;
import org.cyberwatch.probe.report.ProbeNetwork;
import org.cyberwatch.probe.schedule.Outcome;
import org.cyberwatch.probe.schedule.Task;
import org.cyberwatch.probe.status.AgentStats;
import org.cyberwatch.probe.submit.Outbox;
import org.cyberwatch.probe.submit.OutboxEntry;
import org.cyberwatch.probe.submit.OutboxKind;
import org.cyberwatch.probe.target.Target;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementRunnerTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Outbox outbox;
  private MeasurementRunner runner;

  @BeforeEach
  void setUp() throws Exception {
    Clock clock = Clock.systemUTC();
    outbox = Outbox.open(dir, 1 << 20, clock);
    MeasurerRegistry measurers = MeasurerRegistry.of(List.of(new FakeMeasurer("tcp_connect"),
        new TunnelTelemetryMeasurer(clock, Duration.ofSeconds(5), HandshakeOnlyTls.socketFactory(),
            UUID::randomUUID)));
    runner = new MeasurementRunner(measurers, new EnvelopeBuilder("cyberwatch-probe-agent",
        "0.1.0", T0), () -> new ProbeNetwork("IT", "AS30722", null), outbox,
        new AgentStats(clock));
  }

  private static Task task(String test, String input) {
    return new Task(Target.of(input), test, 30, "static-list", T0, false);
  }

  private JsonNode onlyEntry(OutboxKind kind) throws Exception {
    List<OutboxEntry> entries = outbox.list(10);
    assertEquals(List.of(kind), entries.stream().map(OutboxEntry::kind).toList());
    return JSON.readTree(outbox.read(entries.get(0)));
  }

  @Test
  void tunnelTelemetryIsStoredAsTheBareReport() throws Exception {
    try (ServerSocket endpoint = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      String input = "ss://127.0.0.1:" + endpoint.getLocalPort();

      assertEquals(Outcome.SUCCESS, runner.run(task("tunnel_telemetry", input)));

      JsonNode report = onlyEntry(OutboxKind.TUNNEL_REPORT);
      assertEquals("tunnel-telemetry", report.path("report-type").asText());
      assertEquals(input, report.path("endpoint").asText());
      assertFalse(report.has("test_keys"));
      assertFalse(report.has("probe_cc"));
    }
  }

  @Test
  void unreachableTunnelEndpointIsAFailureOutcome() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    assertEquals(Outcome.FAILURE, runner.run(task("tunnel_telemetry", "tls://127.0.0.1:"
        + closed)));
    assertEquals("tcp.connect", onlyEntry(OutboxKind.TUNNEL_REPORT).path("failure").path("op")
        .asText());
  }

  @Test
  void otherTestsAreStoredInTheEnvelope() throws Exception {
    assertEquals(Outcome.SUCCESS, runner.run(task("tcp_connect", "192.0.2.1:443")));

    JsonNode m = onlyEntry(OutboxKind.MEASUREMENT);
    assertEquals("192.0.2.1:443", m.path("test_keys").path("echo").asText());
    assertEquals("static-list", m.path("annotations").path("cyberwatch_target_source").asText());
    assertEquals("IT", m.path("probe_cc").asText());
  }
}
