package org.cyberwatch.probe.ratelimit;

/**
 * How fast one worker may measure: a token bucket ({@code perMinute}, {@code burst}) and a cap on
 * measurements in flight.
 *
 * @param perMinute measurements started per minute, sustained
 * @param burst measurements that may start back to back (bucket size)
 * @param maxInFlight measurements running at once
 */
public record RateLimits(double perMinute, int burst, int maxInFlight) {
  /** Defaults of the issue: 30 per minute, 5 in flight. */
  public static final RateLimits DEFAULT = new RateLimits(30, 5, 5);

  public RateLimits {
    if (!(perMinute > 0) || Double.isInfinite(perMinute)) {
      throw new IllegalArgumentException("perMinute: must be above 0, got " + perMinute);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst: must be at least 1, got " + burst);
    }
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight: must be at least 1, got " + maxInFlight);
    }
  }

  /**
   * Limits a collector asked for, never looser than these local ones: the smaller rate and burst.
   * The collector does not set in-flight concurrency, so the local cap stays.
   */
  public RateLimits tightenedBy(double requestedPerMinute, int requestedBurst) {
    return new RateLimits(
        Math.min(perMinute, requestedPerMinute), Math.min(burst, requestedBurst), maxInFlight);
  }
}
