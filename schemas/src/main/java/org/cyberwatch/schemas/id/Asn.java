package org.cyberwatch.schemas.id;

/**
 * An autonomous system number, 0 to 4294967295 (32-bit). OONI writes it as {@code AS30722} in
 * measurements ({@code probe_asn}, {@code resolver_asn}) and as bare digits in report ids; 0 stands
 * for "unknown".
 *
 * @param number the AS number
 */
public record Asn(long number) implements Comparable<Asn> {

  /** Largest 32-bit AS number. */
  public static final long MAX = 4_294_967_295L;

  /** Validates the range. */
  public Asn {
    if (number < 0 || number > MAX) {
      throw new IllegalArgumentException("asn: must be in 0.." + MAX + ", got " + number);
    }
  }

  /**
   * Parses the measurement form {@code AS<digits>} (upper-case prefix, 1–10 digits).
   *
   * @throws IllegalArgumentException naming {@code asn} when the text has another shape
   */
  public static Asn parse(String text) {
    if (text == null || text.length() < 3 || !text.startsWith("AS")) {
      throw new IllegalArgumentException("asn: must look like AS<digits>, got '" + text + "'");
    }
    return parseDigits(text.substring(2));
  }

  /**
   * Parses bare digits as used in report ids ({@code 30722}).
   *
   * @throws IllegalArgumentException naming {@code asn} when the text is not 1–10 digits in range
   */
  public static Asn parseDigits(String digits) {
    if (digits == null || digits.isEmpty() || digits.length() > 10 || !allDigits(digits)) {
      throw new IllegalArgumentException("asn: must be 1-10 digits, got '" + digits + "'");
    }
    return new Asn(Long.parseLong(digits));
  }

  /** True when {@code text} is {@code AS<digits>} within range. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The measurement form, e.g. {@code AS30722}. */
  @Override
  public String toString() {
    return "AS" + number;
  }

  @Override
  public int compareTo(Asn other) {
    return Long.compare(number, other.number);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
