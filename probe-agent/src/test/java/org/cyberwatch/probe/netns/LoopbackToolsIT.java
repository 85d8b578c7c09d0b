package org.cyberwatch.probe.netns;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.path.PingMeasurer;
import org.cyberwatch.probe.measure.path.PingOptions;
import org.cyberwatch.probe.measure.path.ProcessCommandRunner;
import org.cyberwatch.probe.measure.path.TraceOptions;
import org.cyberwatch.probe.measure.path.TracerouteMeasurer;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loopback-only fall-back: each installed tool run for real against 127.0.0.1 in the JVM's own
 * namespace (no root needed for ping and traceroute; scamper and mtr need raw sockets). A missing
 * tool is reported as skipped with the Debian package to install.
 */
class LoopbackToolsIT {

  private static void assumeUsable(String tool) {
    assumeTrue(ProcessCommandRunner.local().isInstalled(tool), () -> "SKIPPED: " + tool
        + " is not installed");
    boolean raw = tool.equals("scamper") || tool.equals("mtr");
    assumeTrue(!raw || "root".equals(System.getProperty("user.name")),
        () -> "SKIPPED: " + tool + " needs raw sockets (root)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"scamper", "mtr", "traceroute"})
  void traceToLoopbackIsOneHop(String tool) throws Exception {
    assumeUsable(tool);
    JsonNode keys = new TracerouteMeasurer(Clock.systemUTC(), new OnlyTool(tool,
        ProcessCommandRunner.local()), HostResolver.SYSTEM, new TraceOptions(1, 1, 5, 1,
        Duration.ofSeconds(30))).measure("127.0.0.1").testKeys();
    assertEquals("null COMPLETED 1 127.0.0.1", keys.path("failure").asText() + " "
        + keys.path("stop_reason").asText() + " " + keys.path("hops").size() + " "
        + keys.path("hops").get(0).path("addr").asText());
    assertValid(SchemaId.TRACEROUTE_TEST_KEYS, keys);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"scamper", "ping"})
  void pingToLoopbackIsAnswered(String tool) throws Exception {
    assumeUsable(tool);
    JsonNode keys = new PingMeasurer(Clock.systemUTC(), new OnlyTool(tool,
        ProcessCommandRunner.local()), HostResolver.SYSTEM, new PingOptions(2, 0.2, 1,
        Duration.ofSeconds(30))).measure("127.0.0.1").testKeys();
    assertEquals("null 2 2", keys.path("failure").asText() + " " + keys.path("packets_sent")
        + " " + keys.path("packets_received"));
    assertValid(SchemaId.PING_TEST_KEYS, keys);
  }
}
