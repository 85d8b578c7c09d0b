package org.cyberwatch.schemas.measurement;

/**
 * The string part of {@link RawCanonicalizer}: rewrites a JSON string that is not already
 * canonical (escapes, control characters, four-byte UTF-8) into the form {@link CanonicalWriter}
 * gives it, copying the runs that already are canonical. Anything it does not reproduce with
 * certainty throws {@link RawInputUnsupported}.
 */
final class RawStrings {
  private RawStrings() {}

  /**
   * Writes the string whose content is {@code in[from, end)} (between its quotes), which has
   * escapes or non-ASCII bytes: runs that already are canonical (plain ASCII and well-formed two-
   * and three-byte UTF-8 other than surrogates) are copied as they are; escapes are rewritten
   * canonically and a four-byte sequence becomes two surrogate escapes.
   */
  static void rewrite(byte[] in, int from, int end, CanonicalWriter out) {
    out.writeByte('"');
    int j = from;
    int run = from;
    while (j < end) {
      int b = in[j] & 0xff;
      if (b >= 0x20 && b < 0x80 && b != '\\') {
        j++;
        continue;
      }
      int canonical = b >= 0x80 ? canonicalSequence(in, j, b) : 0;
      if (canonical > 0) {
        j += canonical;
        continue;
      }
      out.writeRaw(in, run, j - run);
      j = b == '\\' ? escape(in, j, out)
          : b < 0x80 ? controlChar(j, b, out) : fourByte(in, j, b, out);
      run = j;
    }
    out.writeRaw(in, run, end - run);
    out.writeByte('"');
  }

  private static int controlChar(int j, int b, CanonicalWriter out) {
    out.writeStringChar((char) b);
    return j + 1;
  }

  /** The JSON escape at {@code j}, written canonically; returns the index after it. */
  private static int escape(byte[] in, int j, CanonicalWriter out) {
    int e = in[j + 1];
    char c;
    switch (e) {
      case 'b' -> c = '\b';
      case 'f' -> c = '\f';
      case 'n' -> c = '\n';
      case 'r' -> c = '\r';
      case 't' -> c = '\t';
      case 'u' -> {
        out.writeStringChar((char) (hex(in, j + 2) << 12 | hex(in, j + 3) << 8
            | hex(in, j + 4) << 4 | hex(in, j + 5)));
        return j + 6;
      }
      case '"', '\\', '/' -> c = (char) e;
      default -> throw RawInputUnsupported.INSTANCE;
    }
    out.writeStringChar(c);
    return j + 2;
  }

  private static int hex(byte[] in, int at) {
    int d = Character.digit(in[at], 16);
    if (d < 0) {
      throw RawInputUnsupported.INSTANCE;
    }
    return d;
  }

  /**
   * Length of the well-formed two- or three-byte UTF-8 sequence (not a surrogate) at {@code j}
   * with lead byte {@code b}, which is canonical as it is; 0 for anything else.
   */
  private static int canonicalSequence(byte[] in, int j, int b) {
    int c1 = in[j + 1] & 0xff;
    if (b >= 0xc2 && b <= 0xdf) {
      return isContinuation(c1) ? 2 : 0;
    }
    boolean three = (b == 0xe0 && c1 >= 0xa0) || (b >= 0xe1 && b <= 0xec) || (b == 0xed && c1 < 0xa0)
        || b == 0xee || b == 0xef;
    return three && isContinuation(c1) && isContinuation(in[j + 2] & 0xff) ? 3 : 0;
  }

  /**
   * A well-formed four-byte UTF-8 sequence, written as two surrogate escapes (as Jackson writes a
   * supplementary character); anything else is {@link RawInputUnsupported}. Returns the index
   * after it.
   */
  private static int fourByte(byte[] in, int j, int b, CanonicalWriter out) {
    int c1 = in[j + 1] & 0xff;
    int c2 = in[j + 2] & 0xff;
    int c3 = in[j + 3] & 0xff;
    boolean four = (b == 0xf0 && c1 >= 0x90) || (b >= 0xf1 && b <= 0xf3) || (b == 0xf4 && c1 < 0x90);
    if (!four || !isContinuation(c1) || !isContinuation(c2) || !isContinuation(c3)) {
      throw RawInputUnsupported.INSTANCE;
    }
    int cp = ((b & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
    out.writeStringChar(Character.highSurrogate(cp));
    out.writeStringChar(Character.lowSurrogate(cp));
    return j + 4;
  }

  private static boolean isContinuation(int b) {
    return (b & 0xc0) == 0x80;
  }
}
