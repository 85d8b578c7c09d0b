package org.cyberwatch.probe.measure.path;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.cyberwatch.probe.measure.TestKeysAssert.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScamperTraceParserTest {

  private static JsonNode keys(String file) throws ToolOutputException {
    return new ScamperTraceParser().parse(resource(file)).toTestKeys("target", "192.0.2.1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "/tools/scamper/scamper_trace_loopback.json | COMPLETED 1:127.0.0.1/1/1",
    "/tools/scamper/scamper_trace_netns.json | COMPLETED 1:10.91.1.1/1/1 2:10.91.2.2/1/1 3:10.91.3.2/1/1",
    "/tools/scamper/scamper_trace_netns_silent_hop.json | COMPLETED 1:10.91.1.1/1/1 2:*/2/0 3:10.91.3.2/1/1",
    "/tools/scamper/scamper_trace_netns_unreachable.json | UNREACH 1:10.91.1.1/1/1 2:10.91.2.2/1/1 3:10.91.2.2/1/1",
    "/tools/mlab/scamper2__valid-complex.jsonl | COMPLETED 1:192.168.144.1/1/1 2:100.97.99.252/1/1 3:100.96.216.1/1/1 4:100.123.0.49/1/1 5:104.133.8.193/1/1 6:209.85.175.20/1/1 7:108.170.242.254/1/1 8:*/2/0 9:*/2/0 10:209.85.243.176/1/1 11:72.14.223.90/1/1 12:4.69.140.198/1/1 13:212.187.137.18/1/1 14:91.189.88.142/1/1"
  })
  void recordedTraceGivesHopsInTtlOrder(String file, String expected) throws Exception {
    assertEquals(expected, HopSummary.of(keys(file)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "/tools/scamper/scamper_trace_loopback.json",
    "/tools/scamper/scamper_trace_netns.json",
    "/tools/scamper/scamper_trace_netns_silent_hop.json",
    "/tools/scamper/scamper_trace_netns_unreachable.json",
    "/tools/mlab/scamper2__valid-complex.jsonl"
  })
  void recordedTraceValidatesAgainstSchema(String file) throws Exception {
    assertValid(SchemaId.TRACEROUTE_TEST_KEYS, keys(file));
  }

  @Test
  void hostUnreachableReplyKeepsIcmpTypeAndRtt() throws Exception {
    JsonNode hop = keys("/tools/scamper/scamper_trace_netns_unreachable.json").path("hops").get(2);
    assertEquals("3/1/3077.659/63", hop.path("icmp_type").asInt() + "/"
        + hop.path("icmp_code").asInt() + "/" + hop.path("rtts").get(0).asDouble() + "/"
        + hop.path("reply_ttl").asInt());
  }

  @Test
  void silentRouterIsAStarHopWithFullLossAndNullReplyDetails() throws Exception {
    JsonNode hop = keys("/tools/scamper/scamper_trace_netns_silent_hop.json").path("hops").get(1);
    assertEquals("1.0 true true", hop.path("loss").asDouble() + " " + hop.path("reply_ttl")
        .isNull() + " " + hop.path("rtts").isEmpty());
  }

  @Test
  void traceHeaderIsTakenFromScamper() throws Exception {
    JsonNode keys = keys("/tools/mlab/scamper2__valid-complex.jsonl");
    assertEquals("icmp-paris 2 1 5.0 44 14 16", keys.path("method").asText() + " "
        + keys.path("attempts") + " " + keys.path("first_ttl") + " " + keys.path("wait_s")
        + " " + keys.path("probe_size") + " " + keys.path("hop_count") + " "
        + keys.path("probe_count"));
  }

  @Test
  void sourceAddressOfTheProbeIsNotInTheTestKeys() throws Exception {
    String json = keys("/tools/scamper/scamper_trace_netns.json").toString();
    assertEquals(false, json.contains("10.91.1.2"), json);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "/tools/mlab/scamper2__valid-star.jsonl | scamper output: hop address is not an IP address: '*'",
    "/tools/mlab/scamper1__valid-complex.jsonl | scamper output: no trace record",
    "/tools/mlab/scamper1_tracelb_valid.jsonl | scamper output: no trace record"
  })
  void recordsWithoutAUsableTraceAreRejected(String file, String message) {
    ToolOutputException e = assertThrows(ToolOutputException.class,
        () -> new ScamperTraceParser().parse(resource(file)));
    assertEquals(message, e.getMessage());
  }
}
