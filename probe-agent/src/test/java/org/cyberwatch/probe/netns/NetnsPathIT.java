package org.cyberwatch.probe.netns;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.path.PingMeasurer;
import org.cyberwatch.probe.measure.path.PingOptions;
import org.cyberwatch.probe.measure.path.ProcessCommandRunner;
import org.cyberwatch.probe.measure.path.TraceOptions;
import org.cyberwatch.probe.measure.path.TracerouteMeasurer;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * traceroute and ping with each real tool, run inside the probe namespace through {@code ip netns
 * exec}: the routers r1 and r2 must appear hop by hop. Skipped (with the reason) where network
 * namespaces cannot be made; {@code LoopbackToolsIT} still runs the tools on loopback there.
 */
class NetnsPathIT {

  private static final TraceOptions TRACE = new TraceOptions(2, 1, 10, 1, Duration.ofSeconds(60));
  private static final PingOptions PING = new PingOptions(3, 0.2, 1, Duration.ofSeconds(30));
  private static NetnsTopology topology;

  @BeforeAll
  static void createTopology() throws Exception {
    Optional<String> unavailable = NetnsTopology.unavailableReason();
    assumeTrue(unavailable.isEmpty(), () -> "SKIPPED network-namespace ITs: "
        + unavailable.orElse(""));
    topology = NetnsTopology.create();
  }

  @AfterAll
  static void removeTopology() {
    if (topology != null) {
      topology.close();
    }
  }

  @AfterEach
  void flushRules() throws Exception {
    topology.exec("r2", "iptables", "-F");
  }

  private static void assumeInstalled(String tool) {
    assumeTrue(ProcessCommandRunner.local().isInstalled(tool),
        () -> "SKIPPED: " + tool + " is not installed (Debian package "
            + (tool.equals("mtr") ? "mtr-tiny" : tool.equals("ping") ? "iputils-ping" : tool)
            + ")");
  }

  private static JsonNode trace(String tool) throws Exception {
    assumeInstalled(tool);
    JsonNode keys = new TracerouteMeasurer(Clock.systemUTC(), new OnlyTool(tool,
        topology.probeRunner()), HostResolver.SYSTEM, TRACE).measure(NetnsTopology.TARGET)
        .testKeys();
    assertValid(SchemaId.TRACEROUTE_TEST_KEYS, keys);
    return keys;
  }

  private static String hops(JsonNode keys) {
    List<String> hops = new ArrayList<>();
    keys.path("hops").forEach(h -> hops.add(h.path("ttl").asInt() + ":"
        + (h.path("addr").isNull() ? "*" : h.path("addr").asText())));
    return keys.path("failure").asText() + " " + keys.path("stop_reason").asText() + " "
        + String.join(" ", hops);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"scamper", "mtr", "traceroute"})
  void traceFindsBothRoutersHopByHop(String tool) throws Exception {
    assertEquals("null COMPLETED 1:10.91.1.1 2:10.91.2.2 3:10.91.3.2", hops(trace(tool)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"scamper", "mtr", "traceroute"})
  void routerThatSendsNoTimeExceededIsAStarHop(String tool) throws Exception {
    topology.exec("r2", "iptables", "-A", "OUTPUT", "-p", "icmp", "--icmp-type",
        "time-exceeded", "-j", "DROP");
    assertEquals("null COMPLETED 1:10.91.1.1 2:* 3:10.91.3.2", hops(trace(tool)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"scamper", "ping"})
  void pingCountsRepliesAndDroppedEchoes(String tool) throws Exception {
    assumeInstalled(tool);
    PingMeasurer measurer = new PingMeasurer(Clock.systemUTC(), new OnlyTool(tool,
        topology.probeRunner()), HostResolver.SYSTEM, PING);
    JsonNode clean = measurer.measure(NetnsTopology.TARGET).testKeys();
    topology.exec("r2", "iptables", "-A", "FORWARD", "-p", "icmp", "--icmp-type",
        "echo-request", "-j", "DROP");
    JsonNode dropped = measurer.measure(NetnsTopology.TARGET).testKeys();
    assertEquals("3 3 0.0 | 3 0 1.0 null", clean.path("packets_sent") + " "
        + clean.path("packets_received") + " " + clean.path("loss") + " | "
        + dropped.path("packets_sent") + " " + dropped.path("packets_received") + " "
        + dropped.path("loss") + " " + dropped.path("rtt_avg"));
    assertValid(SchemaId.PING_TEST_KEYS, clean);
    assertValid(SchemaId.PING_TEST_KEYS, dropped);
  }
}
