package org.cyberwatch.schemas.measurement;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * The envelope's time format, {@code YYYY-MM-DD HH:MM:SS} in UTC ({@code measurement_start_time},
 * {@code test_start_time}). A {@code T} instead of the space is accepted too. Parsing is by hand on
 * fixed positions because it runs for every measurement.
 */
final class EnvelopeTime {

  private static final int LENGTH = 19;

  private EnvelopeTime() {}

  /**
   * Parses {@code YYYY-MM-DD HH:MM:SS}.
   *
   * @throws DateTimeException when the text has another shape or is not a real date and time
   */
  static LocalDateTime parse(String s) {
    if (s.length() != LENGTH
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || (s.charAt(10) != ' ' && s.charAt(10) != 'T')
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      throw new DateTimeException("expected YYYY-MM-DD HH:MM:SS");
    }
    return LocalDateTime.of(
        digits(s, 0, 4),
        digits(s, 5, 2),
        digits(s, 8, 2),
        digits(s, 11, 2),
        digits(s, 14, 2),
        digits(s, 17, 2));
  }

  private static int digits(String s, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeException("expected a digit at position " + i);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
