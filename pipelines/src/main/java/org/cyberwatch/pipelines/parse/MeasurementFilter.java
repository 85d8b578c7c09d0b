package org.cyberwatch.pipelines.parse;

import java.io.Serializable;
import java.util.Set;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * The job's {@code --ccs} and {@code --testNames} filters; an empty set lets everything through.
 *
 * @param ccs probe countries to keep (upper case)
 * @param testNames test names to keep (as on the wire, e.g. {@code web_connectivity})
 */
public record MeasurementFilter(Set<String> ccs, Set<String> testNames) implements Serializable {
  public MeasurementFilter {
    ccs = Set.copyOf(ccs);
    testNames = Set.copyOf(testNames);
  }

  /** A filter that keeps everything. */
  public static MeasurementFilter all() {
    return new MeasurementFilter(Set.of(), Set.of());
  }

  /** Whether the job keeps this measurement. */
  public boolean keeps(Measurement m) {
    return keepsCc(m.probeCc()) && keepsTestName(m.testName());
  }

  /** Whether the job keeps a probe country (also used to skip whole cans by their key). */
  public boolean keepsCc(String cc) {
    return ccs.isEmpty() || ccs.contains(cc);
  }

  /** Whether the job keeps a test name, given with or without underscores. */
  public boolean keepsTestName(String name) {
    if (testNames.isEmpty() || testNames.contains(name)) {
      return true;
    }
    String compact = name.replace("_", "");
    return testNames.stream().anyMatch(t -> t.replace("_", "").equals(compact));
  }
}
