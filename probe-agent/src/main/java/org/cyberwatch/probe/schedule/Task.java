package org.cyberwatch.probe.schedule;

import java.time.Instant;
import java.util.Objects;
import org.cyberwatch.probe.target.Target;
import org.cyberwatch.schemas.id.TestNames;

/**
 * One measurement to make.
 *
 * @param target what to measure
 * @param testName which test
 * @param priority higher first (manual 100, check-in 50, DNS feed 40, static list 30, ASN 20)
 * @param source the source's name ({@code manual}, {@code check-in}, {@code dns-feed}, ...)
 * @param createdAt when the task was made
 * @param recurring whether it is measured again every remeasurement interval
 */
public record Task(Target target, String testName, int priority, String source, Instant createdAt,
    boolean recurring) {
  public Task {
    Objects.requireNonNull(target, "target");
    if (!TestNames.isValid(testName)) {
      throw new IllegalArgumentException("testName: not a test name: '" + testName + "'");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Identity of a task in the queue: the same test on the same input is one task. */
  public String key() {
    return testName + " " + target.input();
  }
}
