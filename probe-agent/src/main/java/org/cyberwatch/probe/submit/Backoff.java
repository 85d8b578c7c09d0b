package org.cyberwatch.probe.submit;

import java.time.Duration;
import java.util.List;

/**
 * How long to wait before the next submission attempt after consecutive failures, as the OONI
 * collector spec asks of probes: at most three quick retries (2 s, 4 s, 8 s), then at least 15
 * minutes, doubling (15 m, 30 m, 1 h, ...) up to 6 hours.
 */
public final class Backoff {
  /** The quick retries, in order. */
  public static final List<Duration> QUICK =
      List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
  /** First delay after the quick retries. */
  public static final Duration SLOW_START = Duration.ofMinutes(15);
  /** Longest delay. */
  public static final Duration MAX = Duration.ofHours(6);

  private Backoff() {}

  /**
   * The wait after {@code failures} consecutive failed attempts (1 = the first attempt failed).
   *
   * @throws IllegalArgumentException when {@code failures} is below 1
   */
  public static Duration delayAfter(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures: must be at least 1, got " + failures);
    }
    if (failures <= QUICK.size()) {
      return QUICK.get(failures - 1);
    }
    int doublings = Math.min(failures - QUICK.size() - 1, 20);
    Duration d = SLOW_START.multipliedBy(1L << doublings);
    return d.compareTo(MAX) > 0 ? MAX : d;
  }

  /** Whether the attempt after {@code failures} failures is still a quick retry. */
  public static boolean isQuick(int failures) {
    return failures <= QUICK.size();
  }
}
