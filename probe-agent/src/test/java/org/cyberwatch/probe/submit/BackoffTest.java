package org.cyberwatch.probe.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void threeQuickRetriesThenAtLeastFifteenMinutesDoublingUpToSixHours() {
    List<Duration> delays = IntStream.rangeClosed(1, 10).mapToObj(Backoff::delayAfter).toList();
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
        Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
        Duration.ofHours(4), Duration.ofHours(6), Duration.ofHours(6)), delays);
  }

  @Test
  void onlyTheFirstThreeRetriesAreQuick() {
    assertTrue(Backoff.isQuick(3));
    assertFalse(Backoff.isQuick(4));
  }

  @Test
  void hugeFailureCountsStayAtTheCap() {
    assertEquals(Duration.ofHours(6), Backoff.delayAfter(1000));
  }
}
