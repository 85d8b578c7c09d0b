package org.cyberwatch.probe.measure.path;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.cyberwatch.probe.measure.TestKeysAssert.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.StepClock;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TracerouteMeasurerTest {

  private static final Map<String, CommandOutput> NETNS_OUTPUTS = Map.of(
      "scamper", CommandOutput.exited(0, resource("/tools/scamper/scamper_trace_netns.json")),
      "mtr", CommandOutput.exited(0, resource("/tools/mtr/mtr_raw_netns.txt")),
      "traceroute", CommandOutput.exited(0, resource("/tools/traceroute/traceroute_netns.txt")));
  private static final HostResolver TARGET = host -> InetAddress.getByName("10.91.3.2");

  private static MeasurementResult measure(FakeCommandRunner runner, HostResolver resolver)
      throws InterruptedException {
    return new TracerouteMeasurer(StepClock.standard(), runner, resolver, TraceOptions.defaults())
        .measure("target.example");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'scamper,mtr,traceroute', scamper, icmp-paris",
    "'mtr,traceroute', mtr, icmp",
    "traceroute, traceroute, icmp"
  })
  void firstInstalledToolIsUsed(String installed, String tool, String method) throws Exception {
    FakeCommandRunner runner = new FakeCommandRunner(Set.of(installed.split(",")), NETNS_OUTPUTS);
    MeasurementResult result = measure(runner, TARGET);
    assertEquals(tool + " " + method + " COMPLETED 1:10.91.1.1 2:10.91.2.2 3:10.91.3.2",
        runner.commands.get(0).get(0) + " " + result.testKeys().path("method").asText() + " "
            + HopSummary.of(result.testKeys()).replaceAll("/\\d+/\\d+", ""));
    assertValid(SchemaId.TRACEROUTE_TEST_KEYS, result.testKeys());
  }

  @Test
  void toolIsGivenTheResolvedAddressNotTheInput() throws Exception {
    FakeCommandRunner runner = new FakeCommandRunner(Set.of("scamper"), NETNS_OUTPUTS);
    measure(runner, TARGET);
    assertEquals(java.util.List.of("scamper", "-O", "json", "-c",
        "trace -P icmp-paris -q 2 -f 1 -m 30 -w 2", "-i", "10.91.3.2"), runner.commands.get(0));
  }

  @Test
  void targetAndDstAreReportedAndRuntimeComesFromTheClock() throws Exception {
    MeasurementResult result = measure(new FakeCommandRunner(Set.of("scamper"), NETNS_OUTPUTS),
        TARGET);
    assertEquals("target.example 10.91.3.2 0.0015 2026-01-02T03:04:05Z",
        result.testKeys().path("target").asText() + " " + result.testKeys().path("dst").asText()
            + " " + result.runtimeSeconds() + " " + result.startTime());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "exit 1 | unknown_failure: scamper exited with status 1: scamper: could not open socket",
    "timeout | generic_timeout_error",
    "garbage | unknown_failure: scamper output: no trace record"
  })
  void toolThatDoesNotRunIsAFailure(String outcome, String failure) throws Exception {
    CommandOutput out = switch (outcome) {
      case "exit 1" -> new CommandOutput(1, "", "scamper: could not open socket\n", false);
      case "timeout" -> new CommandOutput(-1, "", "", true);
      default -> CommandOutput.exited(0, "{\"type\":\"cycle-start\"}\n");
    };
    MeasurementResult result = measure(new FakeCommandRunner(Set.of("scamper"),
        Map.of("scamper", out)), TARGET);
    assertEquals(failure, result.testKeys().path("failure").asText());
    assertValid(SchemaId.TRACEROUTE_TEST_KEYS, result.testKeys());
  }

  @Test
  void noToolInstalledIsAFailure() throws Exception {
    MeasurementResult result = measure(new FakeCommandRunner(Set.of(), Map.of()), TARGET);
    assertEquals("unknown_failure: none of scamper, mtr, traceroute is installed",
        result.testKeys().path("failure").asText());
    assertValid(SchemaId.TRACEROUTE_TEST_KEYS, result.testKeys());
  }

  @Test
  void unresolvableTargetIsDnsFailureWithoutRunningATool() throws Exception {
    FakeCommandRunner runner = new FakeCommandRunner(Set.of("scamper"), NETNS_OUTPUTS);
    MeasurementResult result = measure(runner, host -> {
      throw new UnknownHostException(host);
    });
    assertEquals("dns_nxdomain_error 0", result.testKeys().path("failure").asText() + " "
        + runner.commands.size());
    assertValid(SchemaId.TRACEROUTE_TEST_KEYS, result.testKeys());
  }

  @ParameterizedTest
  @CsvSource({"'-f /etc/passwd'", "'a b'", "''", "'x;rm'"})
  void inputThatIsNotAHostIsRejected(String input) {
    TracerouteMeasurer measurer = new TracerouteMeasurer(StepClock.standard(),
        new FakeCommandRunner(Set.of(), Map.of()), TARGET, TraceOptions.defaults());
    assertThrows(IllegalArgumentException.class, () -> measurer.measure(input));
  }
}
