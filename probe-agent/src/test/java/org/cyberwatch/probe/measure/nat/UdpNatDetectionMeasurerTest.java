package org.cyberwatch.probe.measure.nat;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.cyberwatch.probe.measure.StepClock;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.Test;

/**
 * Real UDP on loopback: main remotes on 127.0.0.1 and 127.0.0.2, alternates on another port of
 * 127.0.0.1 and on 127.0.0.3 (Linux routes all of 127/8 to lo). Without a NAT on loopback, NATs
 * are played by remotes that report a made-up public address.
 */
class UdpNatDetectionMeasurerTest {

  private static final NatDetectionSettings QUICK =
      new NatDetectionSettings(2, Duration.ofMillis(150), 0);
  private static final TransportAddress PUBLIC = new TransportAddress("198.51.100.77", 40123);

  private static InetSocketAddress any(String host) {
    return new InetSocketAddress(host, 0);
  }

  private static JsonNode measure(NatEchoRemote remote, boolean withAlts, boolean silentSecond)
      throws Exception {
    String mains = "main=" + remote.main(0) + "," + (silentSecond ? "127.0.0.2:9" : remote.main(1));
    String alts = withAlts ? " alt=" + remote.alt(0) + "," + remote.alt(1) : "";
    return new UdpNatDetectionMeasurer(StepClock.standard(), QUICK, new SplittableRandom(7))
        .measure(mains + alts).testKeys();
  }

  private static NatEchoRemote remote(List<String> altHosts,
      BiFunction<Integer, TransportAddress, TransportAddress> report) throws Exception {
    return new NatEchoRemote(List.of(any("127.0.0.1"), any("127.0.0.2")),
        altHosts.stream().map(UdpNatDetectionMeasurerTest::any).toList(), report);
  }

  @Test
  void noNatOnLoopbackIsMapNoneAndAltHostGetsThrough() throws Exception {
    try (NatEchoRemote remote = NatEchoRemote.truthful(List.of(any("127.0.0.1"),
        any("127.0.0.2")), List.of(any("127.0.0.1"), any("127.0.0.3")))) {
      JsonNode keys = measure(remote, true, false);
      assertEquals("map:none filter:endpoint-indep", keys.path("nat_type").asText());
      assertValid(SchemaId.UDP_NAT_DETECTION_TEST_KEYS, keys);
    }
  }

  @Test
  void probeAddressIsScrubbedFromPayloadsAndIndexedInMappedAddrs() throws Exception {
    try (NatEchoRemote remote = remote(List.of(), (i, seen) -> PUBLIC)) {
      JsonNode keys = measure(remote, false, false);
      JsonNode first = keys.path("data_received").get(0);
      assertEquals("NATDET " + keys.path("test_id").asText() + " [scrubbed]:40123 valid 0 false",
          first.path("data").asText() + " " + first.path("probe_decision").asText() + " "
              + keys.path("mapped_addrs").get(0).path("mapped_host_index") + " "
              + keys.path("mapped_addrs").get(0).path("mapped_host_is_local"));
      assertEquals(false, keys.toString().contains("198.51.100.77"));
    }
  }

  @Test
  void onePublicAddressForAllRemotesIsEndpointIndependentMapping() throws Exception {
    try (NatEchoRemote remote = remote(List.of("127.0.0.1", "127.0.0.3"), (i, seen) -> PUBLIC)) {
      JsonNode keys = measure(remote, true, false);
      assertEquals("map:endpoint-indep filter:endpoint-indep", keys.path("nat_type").asText());
      assertValid(SchemaId.UDP_NAT_DETECTION_TEST_KEYS, keys);
    }
  }

  @Test
  void portPerRemoteIsAddressOrPortDependentMapping() throws Exception {
    try (NatEchoRemote remote = remote(List.of(), (i, seen) -> new TransportAddress(
        PUBLIC.host(), 50000 + i))) {
      JsonNode keys = measure(remote, false, false);
      assertEquals("map:addr-or-port-dep filter:ignored", keys.path("nat_type").asText());
      assertValid(SchemaId.UDP_NAT_DETECTION_TEST_KEYS, keys);
    }
  }

  @Test
  void silentMainRemoteLeavesMappingUncertainAfterMaxSendTries() throws Exception {
    try (NatEchoRemote remote = remote(List.of("127.0.0.1", "127.0.0.3"), (i, seen) -> PUBLIC)) {
      JsonNode keys = measure(remote, true, true);
      assertEquals("map:uncertain filter:endpoint-indep 2", keys.path("nat_type").asText() + " "
          + keys.path("data_received").get(0).path("count"));
      assertValid(SchemaId.UDP_NAT_DETECTION_TEST_KEYS, keys);
    }
  }

  @Test
  void inputNeedsTwoMainHosts() {
    assertThrows(IllegalArgumentException.class, () -> NatRemotes.parse(
        "main=127.0.0.1:1,127.0.0.1:2"));
  }

  @Test
  void inputWithIpv6AndAlternates() {
    NatRemotes remotes = NatRemotes.parse("main=[2001:db8::1]:57008,192.0.2.2:57008 "
        + "alt=[2001:db8:0:0::1]:57009");
    assertEquals("[[2001:db8::1]:57008, 192.0.2.2:57008] [[2001:db8::1]:57009]",
        remotes.mains() + " " + remotes.alts());
  }
}
