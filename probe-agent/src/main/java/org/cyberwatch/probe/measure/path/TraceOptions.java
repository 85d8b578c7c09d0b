package org.cyberwatch.probe.measure.path;

import java.time.Duration;

/**
 * How traceroutes are run, whatever the tool.
 *
 * @param attempts probes per TTL (scamper -q, mtr -c, traceroute -q)
 * @param firstTtl first TTL (scamper -f, mtr -f, traceroute -f)
 * @param maxTtl last TTL (scamper -m, mtr -m, traceroute -m)
 * @param waitSeconds seconds to wait for each reply (scamper -w, traceroute -w, mtr -G)
 * @param timeout how long the tool may run before it is killed
 */
public record TraceOptions(int attempts, int firstTtl, int maxTtl, int waitSeconds,
    Duration timeout) {
  public TraceOptions {
    if (attempts < 1 || attempts > 10) {
      throw new IllegalArgumentException("attempts must be 1..10: " + attempts);
    }
    if (firstTtl < 1 || maxTtl < firstTtl || maxTtl > 255) {
      throw new IllegalArgumentException("need 1 <= firstTtl <= maxTtl <= 255: " + firstTtl + ", "
          + maxTtl);
    }
    if (waitSeconds < 1) {
      throw new IllegalArgumentException("waitSeconds must be >= 1: " + waitSeconds);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /** Two probes per TTL, TTL 1 to 30, 2 s per probe, at most 3 minutes. */
  public static TraceOptions defaults() {
    return new TraceOptions(2, 1, 30, 2, Duration.ofMinutes(3));
  }
}
