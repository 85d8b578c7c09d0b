package org.cyberwatch.probe.ratelimit;

import java.time.Duration;

/** Waits; injected so that tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** Waits for {@code duration} (returns at once for zero or negative). */
  void sleep(Duration duration) throws InterruptedException;

  /** The real one ({@link Thread#sleep}). */
  static Sleeper system() {
    return d -> {
      if (!d.isNegative() && !d.isZero()) {
        Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
      }
    };
  }
}
