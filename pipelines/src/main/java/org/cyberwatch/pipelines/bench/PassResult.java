package org.cyberwatch.pipelines.bench;

/**
 * What one timed pass over the corpus did and cost.
 *
 * @param measurements measurements processed
 * @param jsonBytes their JSON size, uncompressed
 * @param wallNanos elapsed time
 * @param cpuNanos CPU time of the whole JVM meanwhile (the pass's thread, GC, JIT)
 * @param gcNanos GC pause time meanwhile
 * @param loadAverage mean of the system load average at start and end
 */
public record PassResult(long measurements, long jsonBytes, long wallNanos, long cpuNanos,
    long gcNanos, double loadAverage) {
  public PassResult {
    if (measurements < 0 || jsonBytes < 0 || wallNanos < 0 || cpuNanos < 0 || gcNanos < 0) {
      throw new IllegalArgumentException("counts and times: must be >= 0");
    }
  }

  /** Measurements per second of wall time. */
  public double wallRate() {
    return rate(wallNanos);
  }

  /** Measurements per CPU-second: the rate on one dedicated core. */
  public double cpuRate() {
    return rate(cpuNanos);
  }

  /** CPU nanoseconds per measurement. */
  public double cpuNanosPerMeasurement() {
    return measurements == 0 ? Double.NaN : (double) cpuNanos / measurements;
  }

  /** Wall nanoseconds per measurement. */
  public double wallNanosPerMeasurement() {
    return measurements == 0 ? Double.NaN : (double) wallNanos / measurements;
  }

  /** Uncompressed JSON megabytes (10^6) per CPU-second. */
  public double cpuMegabytesPerSecond() {
    return cpuNanos == 0 ? Double.NaN : jsonBytes * 1e3 / cpuNanos;
  }

  private double rate(long nanos) {
    return nanos == 0 ? Double.NaN : measurements * 1e9 / nanos;
  }
}
