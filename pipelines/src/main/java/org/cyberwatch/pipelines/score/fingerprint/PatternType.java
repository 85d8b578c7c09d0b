package org.cyberwatch.pipelines.score.fingerprint;

import java.util.Locale;

/** How a fingerprint's pattern is matched against the value at its location. */
public enum PatternType {
  /** The whole value equals the pattern. */
  FULL,
  /** The value starts with the pattern. */
  PREFIX,
  /** The value contains the pattern. */
  CONTAINS,
  /** A regular expression found anywhere in the value ({@link java.util.regex.Matcher#find}). */
  REGEXP;

  /** The name used in the CSV column {@code pattern_type}. */
  public String csvName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a CSV {@code pattern_type}.
   *
   * @throws IllegalArgumentException for anything but full, prefix, contains, regexp
   */
  public static PatternType parse(String s) {
    for (PatternType t : values()) {
      if (t.csvName().equals(s)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "pattern_type: must be full, prefix, contains or regexp, got '" + s + "'");
  }
}
