package org.cyberwatch.schemas.measurement;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The growable buffer {@link ContentDigest} writes its encoding into: tags, varint lengths, texts
 * (length-prefixed WTF-8) and numbers. Strings take one of three routes, all giving the same bytes:
 * short ASCII strings are copied char by char; longer ones through the JDK's UTF-8 encoder (bulk
 * copies for ASCII), unless it replaced a lone surrogate (it writes {@code ?} for one); the rest is
 * encoded char by char.
 */
final class DigestBuffer {
  /** Strings up to this length are tried as ASCII char by char (one-byte length prefix). */
  private static final int SHORT = 32;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUESTION_MARKS = ONES * '?';

  private byte[] buf;
  private int pos;
  private final byte[] digits = new byte[20];
  private final char[] chars = new char[SHORT];

  DigestBuffer(int capacity) {
    buf = new byte[capacity];
  }

  void clear() {
    pos = 0;
  }

  int capacity() {
    return buf.length;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  /** {@code digest} (reset first) over what was written. */
  byte[] digest(MessageDigest digest) {
    digest.reset();
    digest.update(buf, 0, pos);
    return digest.digest();
  }

  void tag(char tag) {
    ensure(1);
    buf[pos++] = (byte) tag;
  }

  /** An unsigned LEB128 varint. */
  void length(int n) {
    ensure(5);
    int v = n;
    while ((v & ~0x7f) != 0) {
      buf[pos++] = (byte) ((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    buf[pos++] = (byte) v;
  }

  /** A string value: its tag, then its text. */
  void string(String s) {
    tag('"');
    text(s);
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
        length(utf8.length);
        raw(utf8, utf8.length);
        return;
      }
    }
    wtf8(s, n);
  }

  /** A number from its canonical text (ASCII). */
  void number(String text) {
    int n = text.length();
    tag('#');
    length(n);
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[pos++] = (byte) text.charAt(i);
    }
  }

  /** An integer number (its decimal digits, {@code -} first when negative). */
  void integer(long v) {
    if (v == Long.MIN_VALUE) {
      number(Long.toString(v));
      return;
    }
    byte[] d = digits;
    int p = d.length;
    long x = Math.abs(v);
    do {
      d[--p] = (byte) ('0' + x % 10);
      x /= 10;
    } while (x != 0);
    if (v < 0) {
      d[--p] = '-';
    }
    ensure(2);
    buf[pos++] = '#';
    buf[pos++] = (byte) (d.length - p);
    raw(d, p, d.length - p);
  }

  /** True (with the text written) when {@code s} is ASCII; else nothing is written. */
  private boolean shortAscii(String s, int n) {
    ensure(n + 1);
    char[] c = chars;
    s.getChars(0, n, c, 0);
    byte[] b = buf;
    int p = pos + 1;
    int all = 0;
    for (int i = 0; i < n; i++) {
      all |= c[i];
      b[p + i] = (byte) c[i];
    }
    if (all >= 0x80) {
      return false;
    }
    b[pos] = (byte) n;
    pos = p + n;
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
    int lengthAt = pos;
    ensure(5 + 3 * n);
    pos += 5;
    byte[] b = buf;
    int p = pos;
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
    int bytes = p - pos;
    pos = lengthAt;
    length(bytes);
    System.arraycopy(b, lengthAt + 5, b, pos, bytes);
    pos += bytes;
  }

  private void raw(byte[] src, int len) {
    raw(src, 0, len);
  }

  private void raw(byte[] src, int off, int len) {
    ensure(len);
    System.arraycopy(src, off, buf, pos, len);
    pos += len;
  }

  private void ensure(int more) {
    if (buf.length - pos < more) {
      buf = Arrays.copyOf(buf, Math.max(pos + more, buf.length * 2));
    }
  }
}
