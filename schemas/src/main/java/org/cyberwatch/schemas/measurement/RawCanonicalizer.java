package org.cyberwatch.schemas.measurement;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the canonical form of a document straight from its UTF-8 JSON bytes, without a tree: the
 * input of a compact document already is canonical except for member order, so strings, names and
 * integers are copied as they are, objects are reordered by name, and only what differs is
 * rewritten (escapes, floating-point numbers, {@code -0}). The bytes equal those of {@link
 * CanonicalWriter#writeTree} over the parsed tree; anything this class does not reproduce with
 * certainty (an escaped or non-ASCII member name, a repeated name, unusual UTF-8) makes {@link
 * #write} return false, and the caller writes the tree instead.
 *
 * <p>The input must be a document {@link MeasurementCodec#parse} accepted (well-formed JSON).
 */
final class RawCanonicalizer {
  private static final int MEMBERS = 8;

  private final byte[] in;
  private final CanonicalWriter out;
  private int i;

  private RawCanonicalizer(byte[] in, int offset, CanonicalWriter out) {
    this.in = in;
    this.i = offset;
    this.out = out;
  }

  /**
   * Writes the canonical form of the JSON object in {@code json} from {@code offset}, without its
   * member {@code omitted} (null: none); false when the caller must write the tree instead.
   */
  static boolean write(byte[] json, int offset, String omitted, CanonicalWriter out) {
    RawCanonicalizer r = new RawCanonicalizer(json, offset, out);
    try {
      r.skipWhitespace();
      return r.in[r.i] == '{' && r.object(omitted);
    } catch (Unsupported | ArrayIndexOutOfBoundsException e) {
      return false;
    }
  }

  private boolean value() {
    skipWhitespace();
    switch (in[i]) {
      case '{':
        return object(null);
      case '[':
        return array();
      case '"':
        string();
        return true;
      case 't':
      case 'n':
        literal(4);
        return true;
      case 'f':
        literal(5);
        return true;
      default:
        number();
        return true;
    }
  }

  private boolean object(String omitted) {
    int start = out.position();
    out.writeByte('{');
    i++;
    int[] nameAt = new int[MEMBERS];
    int[] starts = new int[MEMBERS];
    int n = 0;
    boolean sorted = true;
    skipWhitespace();
    if (in[i] == '}') {
      i++;
      out.writeByte('}');
      return true;
    }
    while (true) {
      if (n == nameAt.length) {
        nameAt = Arrays.copyOf(nameAt, n * 2);
        starts = Arrays.copyOf(starts, n * 2);
      }
      if (n > 0) {
        out.writeByte(',');
      }
      starts[n] = out.position();
      skipWhitespace();
      nameAt[n] = name();
      if (n > 0 && sorted) {
        int c = compareNames(nameAt[n - 1], nameAt[n]);
        if (c == 0) {
          return false;
        }
        sorted = c < 0;
      }
      n++;
      skipWhitespace();
      i++; // ':'
      out.writeByte(':');
      if (!value()) {
        return false;
      }
      skipWhitespace();
      if (in[i++] == '}') {
        break;
      }
    }
    if (sorted && omitted == null) {
      out.writeByte('}');
      return true;
    }
    String[] names = new String[n];
    for (int k = 0; k < n; k++) {
      names[k] = new String(in, nameAt[k], nameLength(nameAt[k]), StandardCharsets.ISO_8859_1);
    }
    return out.closeObject(start, names, starts, n, omitted);
  }

  /** Length of the plain name whose characters start at {@code at} (up to its closing quote). */
  private int nameLength(int at) {
    int j = at;
    while (in[j] != '"') {
      j++;
    }
    return j - at;
  }

  /** Order of two plain ASCII names by their bytes (the same as by UTF-16 code units). */
  private int compareNames(int a, int b) {
    while (true) {
      int x = in[a++];
      int y = in[b++];
      if (x != y) {
        return x == '"' ? -1 : y == '"' ? 1 : x - y;
      }
      if (x == '"') {
        return 0;
      }
    }
  }

  private boolean array() {
    out.writeByte('[');
    i++;
    skipWhitespace();
    if (in[i] == ']') {
      i++;
      out.writeByte(']');
      return true;
    }
    boolean first = true;
    while (true) {
      if (!first) {
        out.writeByte(',');
      }
      first = false;
      if (!value()) {
        return false;
      }
      skipWhitespace();
      if (in[i++] == ']') {
        out.writeByte(']');
        return true;
      }
    }
  }

  /**
   * A member name: plain ASCII only (else {@link Unsupported}); copied with its quotes. Returns
   * where its characters start.
   */
  private int name() {
    int from = i;
    int j = i + 1;
    while (in[j] != '"') {
      int b = in[j];
      if (b == '\\' || b < 0x20) {
        throw Unsupported.INSTANCE;
      }
      j++;
    }
    i = j + 1;
    out.writeRaw(in, from, i - from);
    return from + 1;
  }

  /** A string value: copied when plain, else rewritten byte by byte. */
  private void string() {
    int from = i;
    int j = i + 1;
    boolean plain = true;
    while (true) {
      int b = in[j];
      if (b == '"') {
        break;
      }
      if (b == '\\') {
        plain = false;
        j += 2;
      } else {
        plain &= b >= 0x20;
        j++;
      }
    }
    if (plain) {
      out.writeRaw(in, from, j + 1 - from);
    } else {
      rewriteString(from + 1, j);
    }
    i = j + 1;
  }

  /**
   * A string with escapes or non-ASCII bytes: runs that already are canonical (plain ASCII and
   * well-formed two- and three-byte UTF-8 other than surrogates) are copied as they are; escapes are
   * rewritten canonically and a four-byte sequence becomes two surrogate escapes.
   */
  private void rewriteString(int from, int end) {
    out.writeByte('"');
    int j = from;
    int run = from;
    while (j < end) {
      int b = in[j] & 0xff;
      if (b >= 0x20 && b < 0x80 && b != '\\') {
        j++;
        continue;
      }
      int canonical = b >= 0x80 ? canonicalSequence(j, b) : 0;
      if (canonical > 0) {
        j += canonical;
        continue;
      }
      out.writeRaw(in, run, j - run);
      j = b == '\\' ? escape(j) : b < 0x80 ? controlChar(j, b) : fourByte(j, b);
      run = j;
    }
    out.writeRaw(in, run, end - run);
    out.writeByte('"');
  }

  private int controlChar(int j, int b) {
    out.writeStringChar((char) b);
    return j + 1;
  }

  /** The JSON escape at {@code j}, written canonically; returns the index after it. */
  private int escape(int j) {
    int e = in[j + 1];
    char c;
    switch (e) {
      case 'b' -> c = '\b';
      case 'f' -> c = '\f';
      case 'n' -> c = '\n';
      case 'r' -> c = '\r';
      case 't' -> c = '\t';
      case 'u' -> {
        out.writeStringChar((char) (hex(j + 2) << 12 | hex(j + 3) << 8 | hex(j + 4) << 4
            | hex(j + 5)));
        return j + 6;
      }
      case '"', '\\', '/' -> c = (char) e;
      default -> throw Unsupported.INSTANCE;
    }
    out.writeStringChar(c);
    return j + 2;
  }

  private int hex(int at) {
    int d = Character.digit(in[at], 16);
    if (d < 0) {
      throw Unsupported.INSTANCE;
    }
    return d;
  }

  /**
   * Length of the well-formed two- or three-byte UTF-8 sequence (not a surrogate) at {@code j}
   * with lead byte {@code b}, which is canonical as it is; 0 for anything else.
   */
  private int canonicalSequence(int j, int b) {
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
   * supplementary character); anything else is {@link Unsupported}. Returns the index after it.
   */
  private int fourByte(int j, int b) {
    int c1 = in[j + 1] & 0xff;
    int c2 = in[j + 2] & 0xff;
    int c3 = in[j + 3] & 0xff;
    boolean four = (b == 0xf0 && c1 >= 0x90) || (b >= 0xf1 && b <= 0xf3) || (b == 0xf4 && c1 < 0x90);
    if (!four || !isContinuation(c1) || !isContinuation(c2) || !isContinuation(c3)) {
      throw Unsupported.INSTANCE;
    }
    int cp = ((b & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
    out.writeStringChar(Character.highSurrogate(cp));
    out.writeStringChar(Character.lowSurrogate(cp));
    return j + 4;
  }

  private static boolean isContinuation(int b) {
    return (b & 0xc0) == 0x80;
  }

  private void literal(int length) {
    out.writeRaw(in, i, length);
    i += length;
  }

  /** Integers as they are ({@code -0} as {@code 0}); other numbers through the tree's rule. */
  private void number() {
    int from = i;
    boolean integer = true;
    while (i < in.length) {
      int b = in[i];
      if (b == '.' || b == 'e' || b == 'E') {
        integer = false;
      } else if (!(b >= '0' && b <= '9') && b != '-' && b != '+') {
        break;
      }
      i++;
    }
    int length = i - from;
    if (integer && length == 2 && in[from] == '-' && in[from + 1] == '0') {
      out.writeByte('0');
    } else if (integer || isShortestPlainDecimal(from, length)) {
      out.writeRaw(in, from, length);
    } else {
      out.writeLeaf(ImmutableJson.floatNode(new String(in, from, length, StandardCharsets.ISO_8859_1)));
    }
  }

  /**
   * True when the token already is the text the tree writes for it: {@code -?D+.F+} with at most 15
   * significant digits (so the tree holds the double, whose shortest representation has exactly
   * these digits), no trailing zero in {@code F} unless {@code F} is {@code 0}, no leading zero in
   * {@code D} but a lone one, and a magnitude from 10^-3 up to 10^7 (where the shortest form is
   * plain, not scientific); or zero as {@code 0.0}/{@code -0.0}.
   */
  private boolean isShortestPlainDecimal(int from, int length) {
    int end = from + length;
    int j = in[from] == '-' ? from + 1 : from;
    int intStart = j;
    while (j < end && in[j] >= '0' && in[j] <= '9') {
      j++;
    }
    int intDigits = j - intStart;
    if (intDigits == 0 || intDigits > 7 || j >= end - 1 || in[j] != '.'
        || (intDigits > 1 && in[intStart] == '0')) {
      return false;
    }
    int fracStart = ++j;
    while (j < end && in[j] >= '0' && in[j] <= '9') {
      j++;
    }
    int fracDigits = j - fracStart;
    if (j != end || fracDigits == 0 || (fracDigits > 1 && in[end - 1] == '0')) {
      return false;
    }
    if (in[intStart] != '0') {
      return intDigits + fracDigits <= 15;
    }
    int lead = 0;
    while (lead < fracDigits && in[fracStart + lead] == '0') {
      lead++;
    }
    if (lead == fracDigits) {
      return fracDigits == 1;
    }
    return lead < 3 && fracDigits - lead <= 15;
  }

  private void skipWhitespace() {
    while (true) {
      int b = in[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return;
      }
      i++;
    }
  }

  /** Input this class leaves to the tree writer. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super("leave it to the tree writer", null, false, false);
    }
  }
}
