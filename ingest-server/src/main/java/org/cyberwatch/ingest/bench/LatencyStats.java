package org.cyberwatch.ingest.bench;

import java.util.Arrays;

/**
 * Latency figures of a benchmark run: nearest-rank percentiles (the smallest sample that at least
 * p % of the samples do not exceed) and the maximum, all in nanoseconds.
 *
 * @param count number of samples
 * @param p50Nanos median
 * @param p99Nanos 99th percentile
 * @param maxNanos largest sample
 */
record LatencyStats(long count, long p50Nanos, long p99Nanos, long maxNanos) {

  /** No samples. */
  public static final LatencyStats EMPTY = new LatencyStats(0, 0, 0, 0);

  /** Checks that the figures are ordered. */
  public LatencyStats {
    if (count < 0 || p50Nanos < 0 || p50Nanos > p99Nanos || p99Nanos > maxNanos) {
      throw new IllegalArgumentException("count, p50Nanos, p99Nanos, maxNanos: must be >= 0 and ordered, got "
          + count + ", " + p50Nanos + ", " + p99Nanos + ", " + maxNanos);
    }
  }

  /** The figures of {@code samples} (not changed). */
  public static LatencyStats of(long[] samples) {
    if (samples.length == 0) {
      return EMPTY;
    }
    long[] sorted = samples.clone();
    Arrays.sort(sorted);
    return new LatencyStats(sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
  }

  /** The nearest-rank {@code p}-th percentile of ascending {@code sorted} (not empty), 0 < p <= 100. */
  static long percentile(long[] sorted, double p) {
    if (p <= 0 || p > 100 || sorted.length == 0) {
      throw new IllegalArgumentException("p: must be in (0, 100] over at least one sample, got " + p);
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** Milliseconds, for the report. */
  static double millis(long nanos) {
    return nanos / 1e6;
  }
}
