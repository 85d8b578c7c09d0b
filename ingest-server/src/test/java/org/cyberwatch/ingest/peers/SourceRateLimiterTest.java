package org.cyberwatch.ingest.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cyberwatch.ingest.testing.MutableClock;
import org.junit.jupiter.api.Test;

class SourceRateLimiterTest {

  @Test
  void eachSourceGetsItsQuotaPerWindow() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
    SourceRateLimiter limiter = new SourceRateLimiter(2, Duration.ofMinutes(1), 10, clock);
    InetAddress a = InetAddress.getByName("198.51.100.1");
    InetAddress b = InetAddress.getByName("198.51.100.2");

    List<Boolean> seen = new ArrayList<>(List.of(limiter.tryAcquire(a), limiter.tryAcquire(a), limiter.tryAcquire(a),
        limiter.tryAcquire(b)));
    clock.advance(Duration.ofMinutes(1));
    seen.add(limiter.tryAcquire(a));

    assertEquals(List.of(true, true, false, true, true), seen);
  }
}
