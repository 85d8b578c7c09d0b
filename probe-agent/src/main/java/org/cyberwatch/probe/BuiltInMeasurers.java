package org.cyberwatch.probe;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.cyberwatch.probe.config.AgentConfig;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.Measurer;
import org.cyberwatch.probe.measure.tcp.TcpConnectMeasurer;
import org.cyberwatch.probe.worker.MeasurerRegistry;

/**
 * The measurers of this agent: those shipped in it, built from the config, then any {@link
 * Measurer} with a no-argument constructor listed in {@code META-INF/services} on the classpath
 * (which replaces a shipped one of the same test name).
 */
final class BuiltInMeasurers {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private BuiltInMeasurers() {}

  static MeasurerRegistry registry(AgentConfig config) {
    Map<String, Measurer> all = new LinkedHashMap<>();
    for (Measurer m : List.<Measurer>of(
        new TcpConnectMeasurer(Clock.systemUTC(), HostResolver.SYSTEM, CONNECT_TIMEOUT))) {
      all.put(m.testName(), m);
    }
    ServiceLoader.load(Measurer.class).forEach(m -> all.put(m.testName(), m));
    return MeasurerRegistry.of(List.copyOf(all.values()));
  }
}
