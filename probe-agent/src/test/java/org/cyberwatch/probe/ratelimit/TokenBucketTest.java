package org.cyberwatch.probe.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private final FakeTime time = new FakeTime(Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void defaultRateWaitsTwoSecondsPerMeasurementAfterTheBurst() throws Exception {
    TokenBucket bucket = new TokenBucket(30, 5, time, time);
    for (int i = 0; i < 8; i++) {
      bucket.acquire();
    }
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)),
        time.waits());
  }

  @Test
  void idleTimeRefillsUpToTheBurstOnly() throws Exception {
    TokenBucket bucket = new TokenBucket(60, 2, time, time);
    bucket.acquire();
    bucket.acquire();
    time.advance(Duration.ofMinutes(10));
    bucket.acquire();
    bucket.acquire();
    bucket.acquire();
    assertEquals(List.of(Duration.ofSeconds(1)), time.waits());
  }

  @Test
  void partlyRefilledTokenWaitsOnlyForTheRemainder() throws Exception {
    TokenBucket bucket = new TokenBucket(30, 1, time, time);
    bucket.acquire();
    time.advance(Duration.ofMillis(500));
    bucket.acquire();
    assertEquals(List.of(Duration.ofMillis(1500)), time.waits());
  }

  @Test
  void lowerRateFromCheckInLengthensTheWaits() throws Exception {
    TokenBucket bucket = new TokenBucket(30, 1, time, time);
    bucket.acquire();
    bucket.setRate(6, 1);
    bucket.acquire();
    bucket.acquire();
    assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(10)), time.waits());
  }

  @Test
  void rejectsZeroRate() {
    assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, time, time));
  }
}
