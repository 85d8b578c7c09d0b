package org.cyberwatch.probe.measure.path;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.cyberwatch.probe.measure.TestKeysAssert.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TracerouteTextParserTest {

  private static final TraceOptions OPTIONS = new TraceOptions(2, 1, 30, 1,
      Duration.ofSeconds(30));

  private static JsonNode keys(String text) throws ToolOutputException {
    return new TracerouteTextParser().parse(text, OPTIONS).toTestKeys("t", "192.0.2.1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "traceroute_loopback.txt | COMPLETED 1:127.0.0.1/2/2",
    "traceroute_netns.txt | COMPLETED 1:10.91.1.1/2/2 2:10.91.2.2/2/2 3:10.91.3.2/2/2",
    "traceroute_netns_silent_hop.txt | COMPLETED 1:10.91.1.1/2/2 2:*/2/0 3:10.91.3.2/2/2"
  })
  void recordedOutputGivesHops(String file, String expected) throws Exception {
    JsonNode keys = keys(resource("/tools/traceroute/" + file));
    assertEquals(expected, HopSummary.of(keys));
    assertValid(SchemaId.TRACEROUTE_TEST_KEYS, keys);
  }

  @Test
  void unansweredTracePastTheLastRouterStopsAtTheHopLimit() throws Exception {
    JsonNode keys = keys(resource("/tools/traceroute/traceroute_netns_unreachable.txt"));
    assertEquals("HOPLIMIT 30 30 60", keys.path("stop_reason").asText() + " "
        + keys.path("hop_count") + " " + keys.path("hops").size() + " "
        + keys.path("probe_count"));
    assertValid(SchemaId.TRACEROUTE_TEST_KEYS, keys);
  }

  @Test
  void unreachableAnnotationStopsWithUnreach() throws Exception {
    String text = "traceroute to 10.91.3.9 (10.91.3.9), 30 hops max, 60 byte packets\n"
        + " 1  10.91.1.1  0.044 ms  0.047 ms\n"
        + " 2  10.91.2.2  3077.659 ms !H  3077.120 ms !H\n";
    assertEquals("UNREACH 1:10.91.1.1/2/2 2:10.91.2.2/2/2", HopSummary.of(keys(text)));
  }

  @Test
  void severalAddressesAtOneTtlAreSeparateHops() throws Exception {
    String text = "traceroute to 10.0.0.9 (10.0.0.9), 30 hops max, 60 byte packets\n"
        + " 1  10.0.0.1  0.5 ms 10.0.0.2  0.7 ms *\n";
    assertEquals("NONE 1:10.0.0.1/3/1 1:10.0.0.2/3/1", HopSummary.of(keys(text)));
  }

  @Test
  void outputWithoutHeaderIsRejected() {
    assertThrows(ToolOutputException.class, () -> keys("traceroute: unknown host\n"));
  }
}
