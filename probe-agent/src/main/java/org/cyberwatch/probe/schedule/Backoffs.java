package org.cyberwatch.probe.schedule;

import java.time.Duration;

/**
 * Failure backoff of targets and ASes: after {@code n} consecutive failed measurements of a host,
 * it waits {@code 5 min × 2^(n-1)}; after {@code n ≥ 3} consecutive failures among the targets of
 * one AS, the whole AS waits {@code 10 min × 2^(n-3)}. Both are capped at one day.
 */
public final class Backoffs {
  /** First host backoff. */
  public static final Duration TARGET_BASE = Duration.ofMinutes(5);
  /** First AS backoff. */
  public static final Duration ASN_BASE = Duration.ofMinutes(10);
  /** Consecutive failures in one AS before it backs off. */
  public static final int ASN_THRESHOLD = 3;
  /** Longest backoff. */
  public static final Duration MAX = Duration.ofDays(1);

  private Backoffs() {}

  /** Host backoff after {@code failures} consecutive failures (zero when none). */
  public static Duration target(int failures) {
    return failures < 1 ? Duration.ZERO : capped(TARGET_BASE, failures - 1);
  }

  /** AS backoff after {@code failures} consecutive failures (zero below the threshold). */
  public static Duration asn(int failures) {
    return failures < ASN_THRESHOLD ? Duration.ZERO : capped(ASN_BASE, failures - ASN_THRESHOLD);
  }

  private static Duration capped(Duration base, int doublings) {
    Duration d = base.multipliedBy(1L << Math.min(doublings, 20));
    return d.compareTo(MAX) > 0 ? MAX : d;
  }
}
