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
    } catch (RawInputUnsupported | ArrayIndexOutOfBoundsException e) {
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
   * A member name: plain ASCII only (else {@link RawInputUnsupported}); copied with its quotes.
   * Returns where its characters start.
   */
  private int name() {
    int from = i;
    int j = i + 1;
    while (in[j] != '"') {
      int b = in[j];
      if (b == '\\' || b < 0x20) {
        throw RawInputUnsupported.INSTANCE;
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
      RawStrings.rewrite(in, from + 1, j, out);
    }
    i = j + 1;
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
}
