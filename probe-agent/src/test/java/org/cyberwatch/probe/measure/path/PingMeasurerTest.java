package org.cyberwatch.probe.measure.path;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.cyberwatch.probe.measure.TestKeysAssert.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.StepClock;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PingMeasurerTest {

  private static final Map<String, CommandOutput> OUTPUTS = Map.of(
      "scamper", CommandOutput.exited(0, resource("/tools/scamper/scamper_ping_netns.json")),
      "ping", CommandOutput.exited(1, resource("/tools/ping/ping_netns_unreachable.txt")));
  private static final HostResolver TARGET = host -> InetAddress.getByName("10.91.3.2");

  private static MeasurementResult measure(FakeCommandRunner runner) throws InterruptedException {
    return new PingMeasurer(StepClock.standard(), runner, TARGET, PingOptions.defaults())
        .measure("10.91.3.2");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'scamper,ping', scamper, 3", "ping, ping, 0"})
  void scamperIsPreferredOverPing(String installed, String tool, int received) throws Exception {
    FakeCommandRunner runner = new FakeCommandRunner(Set.of(installed.split(",")), OUTPUTS);
    MeasurementResult result = measure(runner);
    assertEquals(tool + " " + received, runner.commands.get(0).get(0) + " "
        + result.testKeys().path("packets_received").asInt());
    assertValid(SchemaId.PING_TEST_KEYS, result.testKeys());
  }

  @Test
  void pingExitStatusOneMeansNoReplyNotFailure() throws Exception {
    MeasurementResult result = measure(new FakeCommandRunner(Set.of("ping"), OUTPUTS));
    assertEquals("null 1.0", result.testKeys().path("failure") + " "
        + result.testKeys().path("loss"));
  }

  @Test
  void pingCommandLineCarriesCountIntervalAndWait() throws Exception {
    FakeCommandRunner runner = new FakeCommandRunner(Set.of("ping"), OUTPUTS);
    measure(runner);
    assertEquals(List.of("ping", "-n", "-c", "5", "-i", "1.000", "-W", "2", "10.91.3.2"),
        runner.commands.get(0));
  }

  @Test
  void pingExitStatusTwoIsAFailure() throws Exception {
    MeasurementResult result = measure(new FakeCommandRunner(Set.of("ping"), Map.of("ping",
        new CommandOutput(2, "", "ping: connect: Network is unreachable\n", false))));
    assertEquals("unknown_failure: ping exited with status 2: ping: connect: Network is "
        + "unreachable", result.testKeys().path("failure").asText());
    assertValid(SchemaId.PING_TEST_KEYS, result.testKeys());
  }
}
