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

class PingParsersTest {

  private static final PingOptions OPTIONS = new PingOptions(3, 0.2, 1, Duration.ofSeconds(10));

  private static JsonNode keys(String file) throws ToolOutputException {
    String text = resource(file);
    PingRun run = file.endsWith(".json") ? new ScamperPingParser().parse(text)
        : new PingTextParser().parse(text, OPTIONS);
    return run.toTestKeys("t", "192.0.2.1");
  }

  private static String summary(JsonNode keys) {
    return keys.path("packets_sent") + " " + keys.path("packets_received") + " "
        + keys.path("loss") + " " + keys.path("rtts") + " " + keys.path("rtt_min") + " "
        + keys.path("rtt_max");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "/tools/scamper/scamper_ping_loopback.json | 3 3 0.0 [0.028,0.038,0.032] 0.028 0.038",
    "/tools/scamper/scamper_ping_netns_half_loss.json | 4 2 0.5 [0.099,0.065] 0.065 0.099",
    "/tools/scamper/scamper_ping_netns_unreachable.json | 2 0 1.0 [] null null",
    "/tools/ping/ping_loopback.txt | 3 3 0.0 [0.013,0.028,0.037] 0.013 0.037",
    "/tools/ping/ping_netns_half_loss.txt | 4 2 0.5 [0.091,0.059] 0.059 0.091",
    "/tools/ping/ping_netns_unreachable.txt | 2 0 1.0 [] null null"
  })
  void recordedPingGivesCountsAndRtts(String file, String expected) throws Exception {
    JsonNode keys = keys(file);
    assertEquals(expected, summary(keys));
    assertValid(SchemaId.PING_TEST_KEYS, keys);
  }

  @Test
  void scamperIntervalAndSizeComeFromTheRecord() throws Exception {
    JsonNode keys = keys("/tools/scamper/scamper_ping_netns.json");
    assertEquals("icmp-echo 84 0.2 1.0", keys.path("method").asText() + " "
        + keys.path("probe_size") + " " + keys.path("interval_s") + " " + keys.path("wait_s"));
  }

  @Test
  void statisticsArePopulationMeanAndStddev() throws Exception {
    JsonNode keys = keys("/tools/ping/ping_netns_half_loss.txt");
    assertEquals("0.075 0.016", keys.path("rtt_avg") + " " + keys.path("rtt_stddev"));
  }

  @Test
  void duplicateRepliesCountOnce() throws Exception {
    String text = "PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.\n"
        + "64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=1.00 ms\n"
        + "64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=2.00 ms (DUP!)\n"
        + "\n--- 10.0.0.1 ping statistics ---\n"
        + "1 packets transmitted, 1 received, +1 duplicates, 0% packet loss, time 0ms\n";
    assertEquals("1 1 0.0 [1.0] 1.0 1.0",
        summary(new PingTextParser().parse(text, OPTIONS).toTestKeys("t", "10.0.0.1")));
  }

  @Test
  void outputWithoutSummaryIsRejected() {
    assertThrows(ToolOutputException.class,
        () -> new PingTextParser().parse("ping: unknown host\n", OPTIONS));
  }
}
