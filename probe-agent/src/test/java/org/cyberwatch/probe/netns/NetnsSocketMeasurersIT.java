package org.cyberwatch.probe.netns;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.cyberwatch.probe.measure.TestTls;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Java-socket measurers measured from inside the probe namespace ({@link NetnsProbeMain} in a
 * child JVM there) against servers in the target namespace ({@link TargetServersMain}), with
 * iptables rules on router r2 (or NAT on r1) that the measurements must name correctly.
 */
class NetnsSocketMeasurersIT {

  private static NetnsTopology topology;
  private static NetnsChild target;
  private static NetnsChild probe;

  @BeforeAll
  static void start() throws Exception {
    Optional<String> unavailable = NetnsTopology.unavailableReason();
    assumeTrue(unavailable.isEmpty(), () -> "SKIPPED network-namespace ITs: "
        + unavailable.orElse(""));
    topology = NetnsTopology.create();
    TestTls.server(TestTls.GOOD); // key store made once here, shared by both child JVMs
    target = NetnsChild.start(topology, "target", TargetServersMain.class);
    probe = NetnsChild.start(topology, "probe", NetnsProbeMain.class);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (probe != null) {
        probe.close();
      }
      if (target != null) {
        target.close();
      }
    } finally {
      if (topology != null) {
        topology.close();
      }
    }
  }

  @AfterEach
  void flushRules() throws Exception {
    for (String router : new String[] {"r1", "r2"}) {
      topology.exec(router, "iptables", "-F");
      topology.exec(router, "iptables", "-t", "nat", "-F");
    }
  }

  /** Adds {@code rule} (iptables arguments) to r2's FORWARD chain. */
  private static void onRouter2(String rule) throws Exception {
    String[] args = ("iptables -A FORWARD " + rule).split(" ");
    topology.exec("r2", args);
  }

  private static String tcpStatus(JsonNode keys) {
    return keys.path("ip").asText() + ":" + keys.path("port") + " "
        + keys.path("status").path("success") + " " + keys.path("status").path("failure")
        .asText();
  }

  @Test
  void tcpConnectToTargetSucceedsAcrossTwoRouters() throws Exception {
    JsonNode keys = probe.ask("tcp_connect tcpconnect://10.91.3.2:80");
    assertEquals("10.91.3.2:80 true null", tcpStatus(keys));
    assertValid(SchemaId.TCP_CONNECT_TEST_KEYS, keys);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "-p tcp --dport 80 -j REJECT --reject-with tcp-reset | connection_refused",
    "-p tcp --dport 80 -j DROP | generic_timeout_error",
    "-p tcp --dport 80 -j REJECT --reject-with icmp-host-unreachable | host_unreachable",
    "-p tcp --dport 80 -j REJECT --reject-with icmp-net-unreachable | network_unreachable"
  })
  void blockedPortIsNamedByHowItIsBlocked(String rule, String failure) throws Exception {
    onRouter2(rule);
    JsonNode keys = probe.ask("tcp_connect tcpconnect://10.91.3.2:80");
    assertEquals("10.91.3.2:80 false " + failure, tcpStatus(keys));
    assertValid(SchemaId.TCP_CONNECT_TEST_KEYS, keys);
  }

  private static String fetches(JsonNode keys) {
    return keys.path("http_success") + " " + keys.path("http").path("status_code") + " "
        + keys.path("http").path("failure").asText() + " | " + keys.path("https_success") + " "
        + keys.path("https").path("status_code") + " " + keys.path("https").path("failure")
        .asText();
  }

  @Test
  void sameDocumentOverHttpAndHttpsFromTheTarget() throws Exception {
    JsonNode keys = probe.ask("http_vs_https 10.91.3.2/doc");
    assertEquals("true 200 null | true 200 null 1256", fetches(keys) + " "
        + keys.path("https").path("body_length"));
    assertValid(SchemaId.HTTP_VS_HTTPS_TEST_KEYS, keys);
  }

  @Test
  void resetHttpRequestAndResetHttpsSynAreToldApart() throws Exception {
    onRouter2("-p tcp --dport 443 -j REJECT --reject-with tcp-reset");
    onRouter2("-p tcp --dport 80 -m string --string GET --algo bm -j REJECT --reject-with "
        + "tcp-reset");
    JsonNode keys = probe.ask("http_vs_https 10.91.3.2/doc");
    assertEquals("false null connection_reset | false null connection_refused", fetches(keys));
    assertValid(SchemaId.HTTP_VS_HTTPS_TEST_KEYS, keys);
  }

  @Test
  void peerFromTheLocatorIsReachableAndOnlyItsIdIsReported() throws Exception {
    JsonNode located = probe.ask("peer_locator -");
    String peerId = located.path("peer").path("peer_id").asText();
    JsonNode reached = probe.ask("peer_http_reachable " + peerId);
    assertEquals(TargetServersMain.PEER.peerId() + " true 200 65536 true",
        peerId + " " + reached.path("http_success") + " " + reached.path("status_code") + " "
            + reached.path("body_length") + " " + located.path("announced").path("nat"));
    assertValid(SchemaId.PEER_LOCATOR_TEST_KEYS, located);
    assertValid(SchemaId.PEER_HTTP_REACHABLE_TEST_KEYS, reached);
    assertEquals(false, (located.toString() + reached).contains("10.91."));
  }

  @Test
  void droppedPeerPortIsATimeout() throws Exception {
    String peerId = probe.ask("peer_locator -").path("peer").path("peer_id").asText();
    onRouter2("-p tcp --dport 8080 -j DROP");
    JsonNode reached = probe.ask("peer_http_reachable " + peerId);
    assertEquals("false generic_timeout_error", reached.path("http_success") + " "
        + reached.path("failure").asText());
  }

  @Test
  void withoutNatTheRemotesSeeTheLocalAddressAndAlternatesGetThrough() throws Exception {
    JsonNode keys = probe.ask("udp_nat_detection " + TargetServersMain.NAT_INPUT);
    assertEquals("map:none filter:endpoint-indep", keys.path("nat_type").asText());
    assertValid(SchemaId.UDP_NAT_DETECTION_TEST_KEYS, keys);
    assertEquals(false, keys.toString().contains("10.91.1.2"));
  }

  @Test
  void masqueradingRouterIsAConeNatThatFiltersAlternates() throws Exception {
    topology.exec("r1", "iptables", "-t", "nat", "-A", "POSTROUTING", "-o", "eth1", "-j",
        "MASQUERADE");
    JsonNode keys = probe.ask("udp_nat_detection " + TargetServersMain.NAT_INPUT);
    assertEquals("map:endpoint-indep filter:probable", keys.path("nat_type").asText());
    assertValid(SchemaId.UDP_NAT_DETECTION_TEST_KEYS, keys);
    assertEquals(false, keys.toString().contains("10.91.2.1"));
  }

  @Test
  void masqueradingWithRandomPortsIsASymmetricNat() throws Exception {
    topology.exec("r1", "iptables", "-t", "nat", "-A", "POSTROUTING", "-o", "eth1", "-p", "udp",
        "-j", "MASQUERADE", "--random-fully");
    JsonNode keys = probe.ask("udp_nat_detection " + TargetServersMain.NAT_INPUT);
    assertEquals("map:addr-or-port-dep", keys.path("nat_type").asText().split(" ")[0]);
    assertValid(SchemaId.UDP_NAT_DETECTION_TEST_KEYS, keys);
  }

  @Test
  void tunnelEndpointOverTlsIsReachedWithAHandshake() throws Exception {
    JsonNode report = probe.ask("tunnel_telemetry tls://10.91.3.2:443");
    assertEquals("tls://10.91.3.2:443 null", report.path("endpoint").asText() + " "
        + report.path("failure"));
    assertValid(SchemaId.TUNNEL_TELEMETRY_REPORT, report);
  }

  @Test
  void droppedTunnelEndpointFailsAtTcpConnect() throws Exception {
    onRouter2("-p tcp --dport 443 -j DROP");
    JsonNode report = probe.ask("tunnel_telemetry trojan://10.91.3.2:443");
    assertEquals("{\"op\":\"tcp.connect\",\"error\":\"generic_timeout_error\"}",
        report.path("failure").toString());
    assertValid(SchemaId.TUNNEL_TELEMETRY_REPORT, report);
  }
}
