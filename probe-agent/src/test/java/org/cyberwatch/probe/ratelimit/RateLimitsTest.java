package org.cyberwatch.probe.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateLimitsTest {
  @Test
  void collectorCanTightenButNeverLoosenLocalLimits() {
    RateLimits local = new RateLimits(30, 5, 5);
    assertEquals(new RateLimits(10, 5, 5), local.tightenedBy(10, 50));
    assertEquals(new RateLimits(30, 2, 5), local.tightenedBy(600, 2));
  }
}
