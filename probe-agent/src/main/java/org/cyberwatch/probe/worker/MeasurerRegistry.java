package org.cyberwatch.probe.worker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cyberwatch.probe.measure.Measurer;

/** The measurers this agent runs, by test name; immutable. */
public final class MeasurerRegistry {
  private final Map<String, Measurer> byTest;

  private MeasurerRegistry(Map<String, Measurer> byTest) {
    this.byTest = Map.copyOf(byTest);
  }

  /**
   * A registry of {@code measurers}.
   *
   * @throws IllegalArgumentException when two measure the same test
   */
  public static MeasurerRegistry of(List<Measurer> measurers) {
    Map<String, Measurer> m = new LinkedHashMap<>();
    for (Measurer x : measurers) {
      if (m.put(x.testName(), x) != null) {
        throw new IllegalArgumentException("measurers: two for test " + x.testName());
      }
    }
    return new MeasurerRegistry(m);
  }

  /**
   * The registry restricted to {@code tests} (all when empty).
   *
   * @throws IllegalArgumentException naming a test this agent has no measurer for
   */
  public MeasurerRegistry only(List<String> tests) {
    if (tests.isEmpty()) {
      return this;
    }
    Map<String, Measurer> m = new LinkedHashMap<>();
    for (String t : tests) {
      Measurer x = byTest.get(t);
      if (x == null) {
        throw new IllegalArgumentException("no measurer for test '" + t + "'; available: "
            + byTest.keySet().stream().sorted().toList());
      }
      m.put(t, x);
    }
    return new MeasurerRegistry(m);
  }

  /** The measurer of {@code testName}. */
  public Optional<Measurer> forTest(String testName) {
    return Optional.ofNullable(byTest.get(testName));
  }

  /** Test names available. */
  public Set<String> tests() {
    return byTest.keySet();
  }
}
