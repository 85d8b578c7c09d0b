package org.cyberwatch.ingest.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text forms of config values: sizes ({@code 64MiB}), durations ({@code 1h}), booleans. */
final class ValueSyntax {

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGT]i?B|B)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
  private static final Map<String, Long> UNITS = Map.of(
      "B", 1L, "KB", 1000L, "MB", 1000_000L, "GB", 1000_000_000L, "TB", 1000_000_000_000L,
      "KIB", 1L << 10, "MIB", 1L << 20, "GIB", 1L << 30, "TIB", 1L << 40);

  private ValueSyntax() {}

  /** Bytes from {@code 123}, {@code 20MB} (10^6) or {@code 64MiB} (2^20). */
  static long size(String text) {
    Matcher m = SIZE.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a size (e.g. 512MiB, 20MB, 1048576): '" + text + "'");
    }
    long unit = m.group(2) == null ? 1 : UNITS.get(m.group(2).toUpperCase(Locale.ROOT));
    try {
      return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("size too large: '" + text + "'");
    }
  }

  /** A duration from {@code 90s}, {@code 5m}, {@code 1h}, {@code 2d}, {@code 250ms} or ISO-8601 {@code PT1H}. */
  static Duration duration(String text) {
    String t = text.trim();
    Matcher m = SHORT_DURATION.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(t);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not a duration (e.g. 90s, 5m, 1h, PT1H): '" + text + "'");
    }
  }

  /** {@code true}/{@code false} (any case). */
  static boolean bool(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (!t.equals("true") && !t.equals("false")) {
      throw new IllegalArgumentException("must be true or false, got '" + text + "'");
    }
    return t.equals("true");
  }
}
