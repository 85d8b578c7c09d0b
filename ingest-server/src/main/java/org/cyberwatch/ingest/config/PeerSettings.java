package org.cyberwatch.ingest.config;

import java.time.Duration;

/**
 * The peer locator.
 *
 * @param secret HMAC key of peer ids, or null for a random key per start
 * @param ttl how long an announcement stays fresh
 */
public record PeerSettings(String secret, Duration ttl) {

  /** Checks the TTL. */
  public PeerSettings {
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl: must be positive, got " + ttl);
    }
  }

  @Override
  public String toString() {
    return "PeerSettings[secret=" + (secret == null ? null : "<redacted>") + ", ttl=" + ttl + "]";
  }
}
