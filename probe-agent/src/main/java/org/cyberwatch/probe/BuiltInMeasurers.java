package org.cyberwatch.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.cyberwatch.probe.config.AgentConfig;
import org.cyberwatch.probe.measure.Measurer;
import org.cyberwatch.probe.worker.MeasurerRegistry;

/**
 * The measurers of this agent: those shipped in it, built from the config, plus any {@link
 * Measurer} with a no-argument constructor listed in {@code META-INF/services} on the classpath.
 */
final class BuiltInMeasurers {
  private BuiltInMeasurers() {}

  static MeasurerRegistry registry(AgentConfig config) {
    List<Measurer> all = new ArrayList<>();
    ServiceLoader.load(Measurer.class).forEach(all::add);
    return MeasurerRegistry.of(all);
  }
}
