package org.cyberwatch.schemas.measurement;

/**
 * Recognises floating-point tokens whose text already is the canonical form of the double they
 * parse to, so the digest can copy them instead of formatting the double again.
 */
final class PlainDecimals {
  private PlainDecimals() {}

  /**
   * True when the token {@code t[from, from + length)} is {@code -?D+.F+} with at most 15
   * significant digits (so the tree holds the double, whose shortest representation has exactly
   * these digits), no trailing zero in {@code F} unless {@code F} is {@code 0}, no leading zero in
   * {@code D} but a lone one, and a magnitude from 10^-3 up to 10^7 (where the shortest form is
   * plain, not scientific); or zero as {@code 0.0}/{@code -0.0}.
   */
  static boolean isShortest(char[] t, int from, int length) {
    int end = from + length;
    int j = t[from] == '-' ? from + 1 : from;
    int intStart = j;
    while (j < end && t[j] >= '0' && t[j] <= '9') {
      j++;
    }
    int intDigits = j - intStart;
    if (intDigits == 0 || intDigits > 7 || j >= end - 1 || t[j] != '.'
        || (intDigits > 1 && t[intStart] == '0')) {
      return false;
    }
    int fracStart = ++j;
    while (j < end && t[j] >= '0' && t[j] <= '9') {
      j++;
    }
    int fracDigits = j - fracStart;
    if (j != end || fracDigits == 0 || (fracDigits > 1 && t[end - 1] == '0')) {
      return false;
    }
    if (t[intStart] != '0') {
      return intDigits + fracDigits <= 15;
    }
    int lead = 0;
    while (lead < fracDigits && t[fracStart + lead] == '0') {
      lead++;
    }
    if (lead == fracDigits) {
      return fracDigits == 1;
    }
    return lead < 3 && fracDigits - lead <= 15;
  }
}
