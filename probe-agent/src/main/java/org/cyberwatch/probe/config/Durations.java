package org.cyberwatch.probe.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Parses operator-friendly durations: {@code 90s}, {@code 30m}, {@code 6h}, {@code 1d}, plain seconds, or ISO {@code PT1H}. */
final class Durations {
  private Durations() {}

  static Duration parse(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty duration");
    }
    if (t.startsWith("P") || t.startsWith("p")) {
      try {
        return Duration.parse(t);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a duration: '" + text + "'");
      }
    }
    char unit = t.charAt(t.length() - 1);
    String number = Character.isDigit(unit) ? t : t.substring(0, t.length() - 1);
    long n;
    try {
      n = Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a duration (e.g. 90s, 30m, 6h, 1d): '" + text + "'");
    }
    switch (Character.isDigit(unit) ? 's' : unit) {
      case 's':
        return Duration.ofSeconds(n);
      case 'm':
        return Duration.ofMinutes(n);
      case 'h':
        return Duration.ofHours(n);
      case 'd':
        return Duration.ofDays(n);
      default:
        throw new IllegalArgumentException("unknown duration unit in '" + text + "' (s, m, h, d)");
    }
  }
}
