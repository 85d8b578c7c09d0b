package org.cyberwatch.probe.measure.path;

import java.time.Duration;

/**
 * How pings are run, whatever the tool.
 *
 * @param count probes to send (scamper ping -c, ping -c)
 * @param intervalSeconds seconds between probes (scamper ping -i, ping -i; below 0.2 needs root)
 * @param waitSeconds seconds to wait for the last reply (ping -W)
 * @param timeout how long the tool may run before it is killed
 */
public record PingOptions(int count, double intervalSeconds, int waitSeconds, Duration timeout) {
  public PingOptions {
    if (count < 1 || count > 100) {
      throw new IllegalArgumentException("count must be 1..100: " + count);
    }
    if (!(intervalSeconds >= 0.2)) {
      throw new IllegalArgumentException("intervalSeconds must be >= 0.2: " + intervalSeconds);
    }
    if (waitSeconds < 1) {
      throw new IllegalArgumentException("waitSeconds must be >= 1: " + waitSeconds);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /** Five probes one second apart, 2 s for the last reply, at most one minute. */
  public static PingOptions defaults() {
    return new PingOptions(5, 1.0, 2, Duration.ofMinutes(1));
  }
}
