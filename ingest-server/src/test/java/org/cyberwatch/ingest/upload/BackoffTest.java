package org.cyberwatch.ingest.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

  private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 9);

  @ParameterizedTest(name = "after attempt {0} wait {1}")
  @CsvSource({"1, PT1S", "2, PT2S", "3, PT4S", "4, PT8S", "5, PT10S", "64, PT10S"})
  void waitsDoubleUpToTheMaximum(int attempt, Duration wait) {
    assertEquals(wait, BACKOFF.delayAfter(attempt));
  }
}
