package org.cyberwatch.probe.measure.nat;

import java.time.Duration;

/**
 * How hard a NAT detection run tries.
 *
 * @param maxSend maximum datagrams sent to each main remote
 * @param sendInterval time between sends to the same remote (and waited after the last one)
 * @param sourcePort local UDP port to send from, 0 for any free port
 */
public record NatDetectionSettings(int maxSend, Duration sendInterval, int sourcePort) {
  public NatDetectionSettings {
    if (maxSend < 1 || maxSend > 100) {
      throw new IllegalArgumentException("maxSend must be 1..100: " + maxSend);
    }
    if (sendInterval == null || sendInterval.toMillis() < 1) {
      throw new IllegalArgumentException("sendInterval must be >= 1 ms: " + sendInterval);
    }
    if (sourcePort < 0 || sourcePort > 65535) {
      throw new IllegalArgumentException("sourcePort must be 0..65535: " + sourcePort);
    }
  }

  /** CENO2's defaults: up to 10 sends, 5 s apart, from any port. */
  public static NatDetectionSettings defaults() {
    return new NatDetectionSettings(10, Duration.ofSeconds(5), 0);
  }
}
