package org.cyberwatch.pipelines.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * What varies in generated measurement number {@code index}: drawn from its own random stream
 * (the corpus seed and the index), so any entry can be rebuilt alone and the corpus does not depend
 * on the order of generation.
 *
 * @param index position in the corpus plan
 * @param seed which seed document
 * @param network probe country and AS
 * @param receivedAt collector receive time (microseconds): the uid's time and the can's hour
 * @param startLagSeconds measurement_start_time is this long before the receive time
 * @param testLagSeconds test_start_time is this long before measurement_start_time
 * @param inputVariant 0 keeps an http(s) input; other values add a query parameter
 * @param reportRandom the report id's random part
 */
record CorpusEntry(int index, int seed, ProbeNetworks.Network network, Instant receivedAt,
    int startLagSeconds, int testLagSeconds, int inputVariant, String reportRandom) {
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int REPORT_RANDOM_LENGTH = 22;
  private static final int MAX_START_LAG = (int) Duration.ofDays(3).toSeconds();
  private static final int INPUT_VARIANTS = 1000;

  CorpusEntry {
    if (index < 0 || seed < 0 || network == null || receivedAt == null || startLagSeconds < 0
        || testLagSeconds < 0 || inputVariant < 0 || reportRandom == null) {
      throw new IllegalArgumentException("index, seed, network, receivedAt, lags, inputVariant, "
          + "reportRandom: required and not negative");
    }
  }

  /**
   * Draws entry {@code index} of a corpus.
   *
   * @param seeds how many seed documents there are
   * @param windowStart first receive time; receive times fall in {@code hours} hours from there
   */
  static CorpusEntry draw(long corpusSeed, int index, int seeds, Instant windowStart, int hours) {
    SplittableRandom r = new SplittableRandom(corpusSeed * 0x9E3779B97F4A7C15L + index);
    int seed = r.nextInt(seeds);
    ProbeNetworks.Network network = ProbeNetworks.draw(r);
    long micros = r.nextLong(hours * 3_600_000_000L);
    Instant received = windowStart.plus(micros, ChronoUnit.MICROS);
    int startLag = 1 + r.nextInt(MAX_START_LAG);
    int testLag = r.nextInt(120);
    int variant = r.nextInt(INPUT_VARIANTS);
    char[] random = new char[REPORT_RANDOM_LENGTH];
    for (int i = 0; i < random.length; i++) {
      random[i] = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
    }
    return new CorpusEntry(index, seed, network, received, startLag, testLag, variant,
        new String(random));
  }
}
