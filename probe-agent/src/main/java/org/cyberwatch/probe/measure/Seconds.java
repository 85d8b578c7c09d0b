package org.cyberwatch.probe.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/** Time values of the test keys: seconds as doubles, rounded to the microsecond. */
public final class Seconds {

  private Seconds() {}

  /** Seconds from {@code from} to {@code to}, rounded to microseconds; never negative. */
  public static double between(Instant from, Instant to) {
    long micros = Math.max(0, Duration.between(from, to).toNanos() / 1_000);
    return micros / 1_000_000.0;
  }

  /** UNIX time of {@code instant} in seconds with microseconds. */
  public static double unix(Instant instant) {
    return instant.getEpochSecond() + instant.getNano() / 1_000 / 1_000_000.0;
  }

  /** {@code value} rounded to {@code digits} decimal places. */
  public static double round(double value, int digits) {
    return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).doubleValue();
  }
}
