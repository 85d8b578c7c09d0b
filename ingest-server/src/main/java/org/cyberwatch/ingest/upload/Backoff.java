package org.cyberwatch.ingest.upload;

import java.time.Duration;

/**
 * Bounded exponential backoff: after failed attempt {@code n} (1-based) wait {@code
 * min(initial × 2^(n-1), max)}; give up after {@code maxAttempts} attempts.
 *
 * @param initial the first wait
 * @param max the longest wait
 * @param maxAttempts attempts before giving up (the next upload run starts over)
 */
public record Backoff(Duration initial, Duration max, int maxAttempts) {

  /** Defaults: 1 s doubling up to 1 min, 6 attempts (about 31 s of waiting). */
  public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 6);

  /** Checks the values. */
  public Backoff {
    if (initial == null || max == null || initial.isNegative() || initial.isZero()
        || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("initial, max: 0 < initial <= max, got " + initial + ", " + max);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts: must be >= 1, got " + maxAttempts);
    }
  }

  /** The wait after failed attempt {@code attempt} (1-based). */
  public Duration delayAfter(int attempt) {
    int doublings = Math.min(attempt - 1, 30);
    Duration d = initial.multipliedBy(1L << doublings);
    return d.compareTo(max) > 0 ? max : d;
  }
}
