package org.cyberwatch.probe.measure.nat;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classification tables; remotes as in the schema example (RFC 5737 addresses). */
class NatClassifierTest {

  private static final String ID = "7f3a8a0fa312de69";
  private static final NatRemotes REMOTES = NatRemotes.parse(
      "main=203.0.113.10:57008,198.51.100.20:57008 alt=203.0.113.10:57009,192.0.2.30:57008");
  private static final NatClassifier CLASSIFIER =
      new NatClassifier(ID, REMOTES, 40123, Set.of("10.0.0.5"));

  /** {@code source>payload;…}, payload {@code A:<host:port>} = a valid answer for ID. */
  private static List<NatDatagram> datagrams(String spec) {
    List<NatDatagram> list = new ArrayList<>();
    long t = 1700215200;
    for (String d : spec.split(";")) {
      String[] parts = d.split(">", 2);
      String payload = parts[1].startsWith("A:") ? "NATDET " + ID + " " + parts[1].substring(2)
          : parts[1];
      list.add(new NatDatagram(TransportAddress.parse(parts[0]), payload.getBytes(
          StandardCharsets.ISO_8859_1), Instant.ofEpochSecond(t++)));
    }
    return list;
  }

  private static ObjectNode classify(String spec) {
    return CLASSIFIER.classify(datagrams(spec));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "cone, alt port only | 203.0.113.10:57008>A:198.51.100.77:40123;198.51.100.20:57008>A:198.51.100.77:40123;203.0.113.10:57009>A:198.51.100.77:40123 | map:endpoint-indep filter:port-indep",
    "cone, alt host | 203.0.113.10:57008>A:198.51.100.77:40123;198.51.100.20:57008>A:198.51.100.77:40123;192.0.2.30:57008>A:198.51.100.77:40123 | map:endpoint-indep filter:endpoint-indep",
    "cone, no alt | 203.0.113.10:57008>A:198.51.100.77:40123;198.51.100.20:57008>A:198.51.100.77:40123 | map:endpoint-indep filter:probable",
    "symmetric | 203.0.113.10:57008>A:198.51.100.77:40123;198.51.100.20:57008>A:198.51.100.77:40999 | map:addr-or-port-dep filter:probable",
    "two public hosts | 203.0.113.10:57008>A:198.51.100.77:40123;198.51.100.20:57008>A:198.51.100.78:40123 | map:addr-or-port-dep filter:probable",
    "no translation | 203.0.113.10:57008>A:10.0.0.5:40123;198.51.100.20:57008>A:10.0.0.5:40123 | map:none filter:probable",
    "local host, other port | 203.0.113.10:57008>A:10.0.0.5:50000;198.51.100.20:57008>A:10.0.0.5:50000 | map:endpoint-indep filter:probable",
    "one main silent | 203.0.113.10:57008>A:198.51.100.77:40123;192.0.2.30:57008>A:198.51.100.77:40123 | map:uncertain filter:endpoint-indep",
    "only junk | 203.0.113.10:57008>hello;198.51.100.20:57008>NATDET 0000000000000000 1.2.3.4:5 | map:uncertain filter:probable"
  })
  void natTypeFollowsOnlyWhatArrived(String scenario, String spec, String natType) {
    ObjectNode keys = classify(spec);
    assertEquals(natType, keys.path("nat_type").asText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "203.0.113.10:57008>A:198.51.100.77:40123 | valid",
    "203.0.113.10:57009>A:198.51.100.77:40123 | valid_altport",
    "192.0.2.30:57008>A:198.51.100.77:40123 | valid_althost",
    "192.0.2.99:57008>A:198.51.100.77:40123 | invalid_badremote",
    "203.0.113.10:57008>NATDET 0000000000000000 198.51.100.77:40123 | invalid_notmyrequest",
    "203.0.113.10:57008>NATDET 7f3a8a0fa312de69 | invalid_malformed",
    "203.0.113.10:57008>A:not-an-ip:1 | invalid_malformed"
  })
  void eachDatagramGetsAProbeDecision(String spec, String decision) {
    assertEquals(decision, classify(spec).path("data_received").get(0).path("probe_decision")
        .asText());
  }

  @Test
  void sameDatagramTwiceIsOneGroupWithCountAndTimes() {
    JsonNode group = classify("203.0.113.10:57008>A:198.51.100.77:40123;"
        + "203.0.113.10:57008>A:198.51.100.77:40123").path("data_received");
    assertEquals("1 2 1.7002152E9 1.700215201E9", group.size() + " " + group.get(0).path("count")
        + " " + group.get(0).path("time_first") + " " + group.get(0).path("time_last"));
  }

  @Test
  void schemaExampleHashIsReproducedAndAddressScrubbed() {
    JsonNode group = classify("203.0.113.10:57008>A:198.51.100.77:40123").path("data_received")
        .get(0);
    assertEquals("e8b0caceac91dd1a9dd90bd5994184b27811bdac24bf3473e8292c4e1f3a597c 43 "
        + "NATDET 7f3a8a0fa312de69 [scrubbed]:40123", group.path("hash").asText() + " "
        + group.path("length") + " " + group.path("data").asText());
  }

  @Test
  void longJunkIsCutAndLocalAddressScrubbedEverywhere() {
    String junk = "from 10.0.0.5 " + "x".repeat(200);
    JsonNode data = classify("203.0.113.10:57008>" + junk).path("data_received").get(0);
    assertEquals("73 214 true", data.path("data").asText().length() + " " + data.path("length")
        + " " + data.path("data").asText().startsWith("from [scrubbed] x"));
  }

  @Test
  void fullClassificationValidatesAsTestKeys() {
    ObjectNode keys = classify("203.0.113.10:57008>A:198.51.100.77:40123;"
        + "198.51.100.20:57008>A:198.51.100.77:40123;203.0.113.10:57009>A:198.51.100.77:40123");
    keys.put("test_id", ID).put("source_port", 40123).put("upnp_active", false);
    REMOTES.mains().forEach(r -> keys.withArray("remotes").add(r.toJson()));
    REMOTES.alts().forEach(r -> keys.withArray("alt_remotes").add(r.toJson()));
    keys.putNull("failure");
    assertValid(SchemaId.UDP_NAT_DETECTION_TEST_KEYS, keys);
  }
}
