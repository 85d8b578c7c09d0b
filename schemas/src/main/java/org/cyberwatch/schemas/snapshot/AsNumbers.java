package org.cyberwatch.schemas.snapshot;

/** AS number text and range checks (asplain, plus asdot {@code 1.10} as some dumps write it). */
final class AsNumbers {

  /** The largest 32-bit AS number. */
  static final long MAX = 0xFFFF_FFFFL;

  private AsNumbers() {}

  /** Checks 1..2^32-1; AS 0 means "no AS" (RFC 7607) and is never a valid origin. */
  static long check(long asn) {
    if (asn <= 0 || asn > MAX) {
      throw new IllegalArgumentException("asn: " + asn + " is not in 1.." + MAX);
    }
    return asn;
  }

  /**
   * Parses asplain ({@code 13335}) or asdot ({@code 1.10} = 65546); {@code context} names the
   * input.
   */
  static long parse(String text, String context) {
    int dot = text.indexOf('.');
    try {
      if (dot < 0) {
        return check(parseDigits(text));
      }
      long high = parseDigits(text.substring(0, dot));
      long low = parseDigits(text.substring(dot + 1));
      if (high > 0xFFFF || low > 0xFFFF) {
        throw new NumberFormatException();
      }
      return check(high << 16 | low);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("asn: bad AS number '" + text + "' in '" + context + "'");
    }
  }

  private static long parseDigits(String text) {
    if (text.isEmpty() || text.length() > 10) {
      throw new NumberFormatException();
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException();
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
