package org.cyberwatch.ingest.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatencyStatsTest {

  private static long[] parse(String samples) {
    return Arrays.stream(samples.split(" ")).mapToLong(Long::parseLong).toArray();
  }

  @ParameterizedTest(name = "{1}th percentile of [{0}] is {2}")
  @CsvSource({
      "7,              50,  7",
      "7,              99,  7",
      "1 2,            50,  1",
      "1 2,            51,  2",
      "1 2 3 4,        50,  2",
      "1 2 3 4,        75,  3",
      "1 2 3 4,        76,  4",
      "1 2 3 4 5,      50,  3",
      "10 20 30 40 50, 99,  50",
      "10 20 30 40 50, 100, 50",
      "10 20 30 40 50, 20,  10",
      "10 20 30 40 50, 21,  20",
  })
  void percentileIsTheNearestRank(String samples, double p, long expected) {
    assertEquals(expected, LatencyStats.percentile(parse(samples), p));
  }

  @Test
  void ninetyNinthPercentileOfOneToThousandIsNineHundredNinety() {
    long[] samples = LongStream.rangeClosed(1, 1000).toArray();

    assertEquals(new LatencyStats(1000, 500, 990, 1000), LatencyStats.of(samples));
  }

  @Test
  void statsDoNotDependOnSampleOrderAndLeaveTheSamplesAlone() {
    long[] samples = {9, 1, 5, 3, 7};

    LatencyStats stats = LatencyStats.of(samples);

    assertEquals(new LatencyStats(5, 5, 9, 9), stats);
    assertArrayEquals(new long[] {9, 1, 5, 3, 7}, samples);
  }

  @Test
  void noSamplesGiveEmptyStats() {
    assertEquals(LatencyStats.EMPTY, LatencyStats.of(new long[0]));
  }

  @Test
  void percentileOutsideZeroToHundredIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> LatencyStats.percentile(new long[] {1}, 0));
  }

  @Test
  void unorderedFiguresAreRefusedNamingTheFields() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LatencyStats(2, 9, 5, 9));

    assertEquals(true, e.getMessage().startsWith("count, p50Nanos, p99Nanos, maxNanos"), e.getMessage());
  }
}
