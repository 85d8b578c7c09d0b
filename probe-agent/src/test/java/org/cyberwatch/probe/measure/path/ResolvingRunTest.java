package org.cyberwatch.probe.measure.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.StepClock;
import org.junit.jupiter.api.Test;

class ResolvingRunTest {

  private static final ResolvingRun.Tool TOOL = (target, dst) ->
      JsonNodeFactory.instance.objectNode().put("ran", target + " -> " + dst);
  private static final ResolvingRun.Failed FAILED = (target, dst, failure) ->
      JsonNodeFactory.instance.objectNode().put("failed", target + " " + dst + " " + failure);

  private static MeasurementResult measure(String input, HostResolver names) throws Exception {
    return new ResolvingRun(StepClock.standard(), HostResolver.literalsOr(names))
        .measure(input, TOOL, FAILED);
  }

  @Test
  void toolRunsTowardsTheResolvedAddressTimedFromTheClock() throws Exception {
    MeasurementResult result = measure("target.example", host -> InetAddress
        .getByName("10.91.3.2"));
    assertEquals("target.example -> 10.91.3.2 0.0015", result.testKeys().path("ran").asText()
        + " " + result.runtimeSeconds());
  }

  @Test
  void ipLiteralReachesTheToolWithoutTheNameService() throws Exception {
    MeasurementResult result = measure("192.0.2.7", host -> {
      throw new AssertionError("asked the name service about " + host);
    });
    assertEquals("192.0.2.7 -> 192.0.2.7", result.testKeys().path("ran").asText());
  }

  @Test
  void unknownHostIsNxdomainWithTheTargetAsDestination() throws Exception {
    MeasurementResult result = measure("nowhere.invalid", host -> {
      throw new UnknownHostException(host);
    });
    assertEquals("nowhere.invalid nowhere.invalid dns_nxdomain_error",
        result.testKeys().path("failed").asText());
  }

  @Test
  void inputThatIsNoHostIsRejectedBeforeAnyTool() {
    assertThrows(IllegalArgumentException.class, () -> measure("-n; rm", host -> {
      throw new AssertionError("resolved " + host);
    }));
  }
}
