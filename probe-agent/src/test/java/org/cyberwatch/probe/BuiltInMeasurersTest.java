package org.cyberwatch.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cyberwatch.probe.config.AgentConfig;
import org.cyberwatch.probe.config.AgentConfigs;
import org.cyberwatch.probe.config.ConfigKey;
import org.cyberwatch.probe.config.ConfigLoader;
import org.cyberwatch.probe.worker.MeasurerRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInMeasurersTest {
  @TempDir Path dir;

  private AgentConfig config() throws Exception {
    return AgentConfigs.build(ConfigLoader.load(Map.of(
        ConfigKey.OUTBOX_DIR, List.of(dir.resolve("outbox").toString()),
        ConfigKey.STATE_DIR, List.of(dir.resolve("state").toString())), Map.of()));
  }

  private static Map<String, String> classesByTest(MeasurerRegistry r) {
    Map<String, String> out = new TreeMap<>();
    r.tests().forEach(t -> out.put(t, r.forTest(t).orElseThrow().getClass().getSimpleName()));
    return out;
  }

  @Test
  void everyTestIsWiredWithACollectorAndServiceLoadedMeasurersReplaceShippedOnes()
      throws Exception {
    try (PeerTests peers = new PeerTests(Optional.of(URI.create("http://127.0.0.1:9/")), 0)) {
      Map<String, String> expected = new TreeMap<>(Map.of(
          "traceroute", "TracerouteMeasurer", "ping", "PingMeasurer",
          "tcp_connect", "LoopbackTcpConnectMeasurer", "http_vs_https", "HttpVsHttpsMeasurer",
          "udp_nat_detection", "UdpNatDetectionMeasurer",
          "tunnel_telemetry", "TunnelTelemetryMeasurer",
          "peer_locator", "InputlessMeasurer",
          "peer_http_reachable", "PeerHttpReachableMeasurer"));

      assertEquals(expected, classesByTest(BuiltInMeasurers.registry(config(), peers)));
    }
  }

  @Test
  void withoutACollectorThereAreNoPeerTests() throws Exception {
    try (PeerTests peers = new PeerTests(Optional.empty(), 0)) {
      assertEquals(List.of("http_vs_https", "ping", "tcp_connect", "traceroute",
          "tunnel_telemetry", "udp_nat_detection"),
          BuiltInMeasurers.registry(config(), peers).tests().stream().sorted().toList());
    }
  }
}
