package org.cyberwatch.schemas.measurement;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes texts of the content digest encoding (see {@link ContentDigest}) into a {@link
 * DigestBuffer}: the WTF-8 byte length, then the bytes. Three routes give the same bytes: short
 * ASCII strings are copied char by char; longer ones through the JDK's UTF-8 encoder (bulk copies
 * for ASCII), unless it replaced a lone surrogate (it writes {@code ?} for one); the rest is
 * encoded char by char. Member names, which repeat across documents, are cached encoded.
 */
final class DigestTexts {
  /** Strings up to this length are tried as ASCII char by char (one-byte length prefix). */
  private static final int SHORT = 32;
  /** Slots of the member-name cache (a power of two). */
  private static final int NAMES = 512;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUESTION_MARKS = ONES * '?';

  private final DigestBuffer out;
  private final char[] chars = new char[SHORT];
  private final String[] names = new String[NAMES];
  private final byte[][] nameTexts = new byte[NAMES][];

  DigestTexts(DigestBuffer out) {
    this.out = out;
  }

  /** A string value: its tag, then its text. */
  void string(String s) {
    out.tag('"');
    text(s);
  }

  /** A member name: its text, copied from the cache when this slot holds the same name. */
  void name(String s) {
    int slot = s.hashCode() & (NAMES - 1);
    byte[] cached = nameTexts[slot];
    if (s.equals(names[slot])) {
      out.raw(cached, 0, cached.length);
      return;
    }
    int start = out.position();
    text(s);
    names[slot] = s;
    nameTexts[slot] = Arrays.copyOfRange(out.array(0), start, out.position());
  }

  /** A text: WTF-8 byte length, then the bytes. */
  void text(String s) {
    int n = s.length();
    if (n <= SHORT) {
      if (shortAscii(s, n)) {
        return;
      }
    } else {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      if (!hasQuestionMark(utf8)) {
        out.length(utf8.length);
        out.raw(utf8, 0, utf8.length);
        return;
      }
    }
    wtf8(s, n);
  }

  /** True (with the text written) when {@code s} is ASCII; else nothing is written. */
  private boolean shortAscii(String s, int n) {
    byte[] b = out.array(n + 1);
    int at = out.position();
    char[] c = chars;
    s.getChars(0, n, c, 0);
    int all = 0;
    for (int i = 0; i < n; i++) {
      all |= c[i];
      b[at + 1 + i] = (byte) c[i];
    }
    if (all >= 0x80) {
      return false;
    }
    b[at] = (byte) n;
    out.position(at + 1 + n);
    return true;
  }

  /** Whether {@code b} holds a {@code ?}, eight bytes at a time. */
  private static boolean hasQuestionMark(byte[] b) {
    int i = 0;
    for (int n = b.length - 7; i < n; i += 8) {
      long v = (long) LONGS.get(b, i) ^ QUESTION_MARKS;
      if (((v - ONES) & ~v & HIGHS) != 0) {
        return true;
      }
    }
    for (; i < b.length; i++) {
      if (b[i] == '?') {
        return true;
      }
    }
    return false;
  }

  /** The WTF-8 text of {@code s}, char by char: a surrogate pair as four bytes, a lone one as three. */
  private void wtf8(String s, int n) {
    int lengthAt = out.position();
    byte[] b = out.array(5 + 3 * n);
    int start = lengthAt + 5;
    int p = start;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xc0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[p++] = (byte) (0xf0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        b[p++] = (byte) (0x80 | (cp & 0x3f));
      } else {
        b[p++] = (byte) (0xe0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        b[p++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    out.length(p - start);
    out.raw(b, start, p - start);
  }
}
