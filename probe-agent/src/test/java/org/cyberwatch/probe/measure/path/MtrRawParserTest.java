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

class MtrRawParserTest {

  private static final TraceOptions TWO_ROUNDS = new TraceOptions(2, 1, 30, 1,
      Duration.ofSeconds(30));

  private static JsonNode keys(String file, String dst) throws ToolOutputException {
    return new MtrRawParser().parse(resource(file), dst, TWO_ROUNDS).toTestKeys(dst, dst);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "mtr_raw_loopback.txt | 127.0.0.1 | COMPLETED 1:127.0.0.1/2/2",
    "mtr_raw_netns.txt | 10.91.3.2 | COMPLETED 1:10.91.1.1/2/2 2:10.91.2.2/2/2 3:10.91.3.2/2/2",
    "mtr_raw_netns_silent_hop.txt | 10.91.3.2 | COMPLETED 1:10.91.1.1/2/2 2:*/2/0 3:10.91.3.2/2/2",
    "mtr_raw_netns_unreachable.txt | 10.91.3.9 | GAPLIMIT 1:10.91.1.1/1/1 2:10.91.2.2/1/1 3:*/1/0 4:*/1/0 5:*/1/0 6:*/1/0 7:*/1/0 8:*/1/0 9:*/1/0 10:*/1/0 11:*/1/0 12:*/1/0 13:*/1/0 14:*/1/0 15:*/1/0 16:*/1/0"
  })
  void recordedRawOutputGivesHopsUpToTheDestination(String file, String dst, String expected)
      throws Exception {
    JsonNode keys = keys("/tools/mtr/" + file, dst);
    assertEquals(expected, HopSummary.of(keys));
    assertValid(SchemaId.TRACEROUTE_TEST_KEYS, keys);
  }

  @Test
  void rttsAreMicrosecondsConvertedToMilliseconds() throws Exception {
    JsonNode hop = keys("/tools/mtr/mtr_raw_netns.txt", "10.91.3.2").path("hops").get(0);
    assertEquals("[0.084,0.064]", hop.path("rtts").toString());
  }

  @Test
  void probeCountIncludesProbesPastTheDestination() throws Exception {
    assertEquals(7, keys("/tools/mtr/mtr_raw_netns.txt", "10.91.3.2").path("probe_count")
        .asInt());
  }

  @Test
  void replyBeforeAnyHostLineIsRejected() {
    ToolOutputException e = assertThrows(ToolOutputException.class,
        () -> new MtrRawParser().parse("x 0 1\np 0 80 1\n", "10.0.0.1", TWO_ROUNDS));
    assertEquals("mtr output: reply before any host at position 0", e.getMessage());
  }
}
