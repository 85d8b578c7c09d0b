package org.cyberwatch.schemas.measurement;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The growable buffer a content digest encoding (see {@link ContentDigest}) is written into: tags,
 * varint counts and lengths, numbers, and the reordering of an object's members written in input
 * order. Texts are written by {@link DigestTexts}. Not thread-safe.
 */
final class DigestBuffer {
  private byte[] buf;
  private byte[] scratch;
  private int pos;
  private final byte[] digits = new byte[20];

  DigestBuffer(int capacity) {
    buf = new byte[capacity];
    scratch = new byte[capacity];
  }

  void clear() {
    pos = 0;
  }

  int capacity() {
    return buf.length;
  }

  int position() {
    return pos;
  }

  void position(int p) {
    pos = p;
  }

  /** The array written into, with room for {@code more} bytes after the position. */
  byte[] array(int more) {
    ensure(more);
    return buf;
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

  /** A number from its canonical text, {@code length} ASCII chars at {@code offset}. */
  void number(char[] text, int offset, int length) {
    ensure(length + 6);
    buf[pos++] = '#';
    length(length);
    for (int i = 0; i < length; i++) {
      buf[pos++] = (byte) text[offset + i];
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

  void raw(byte[] src, int off, int len) {
    ensure(len);
    System.arraycopy(src, off, buf, pos, len);
    pos += len;
  }

  /**
   * A container tag and one byte reserved for its count; returns where the count goes (see
   * {@link #count}).
   */
  int open(char tag) {
    ensure(2);
    buf[pos++] = (byte) tag;
    return pos++;
  }

  /** Writes the count of the container opened at {@code at} (its content shifted if it needs to). */
  void count(int at, int count) {
    if (count < 0x80) {
      buf[at] = (byte) count;
      return;
    }
    int extra = (31 - Integer.numberOfLeadingZeros(count)) / 7;
    int end = pos;
    ensure(extra);
    System.arraycopy(buf, at + 1, buf, at + 1 + extra, end - at - 1);
    pos = at;
    length(count);
    pos = end + extra;
  }

  /**
   * Rewrites the {@code n} members written up to the position, member {@code i} starting at
   * {@code starts[i]}, in the order {@code order} (member indexes; members left out are dropped).
   * Members already in place at the start (and, when none is dropped, at the end) are not moved.
   */
  void reorder(int[] starts, int n, int[] order, int kept) {
    int end = pos;
    int first = 0;
    while (first < kept && order[first] == first) {
      first++;
    }
    int last = kept;
    while (kept == n && last > first && order[last - 1] == last - 1) {
      last--;
    }
    if (first == last) {
      pos = kept == n ? end : starts[kept];
      return;
    }
    int regionStart = starts[first];
    int regionEnd = kept == n && last < n ? starts[last] : end;
    int length = regionEnd - regionStart;
    if (scratch.length < length) {
      scratch = new byte[Math.max(length, scratch.length * 2)];
    }
    System.arraycopy(buf, regionStart, scratch, 0, length);
    int p = regionStart;
    for (int k = first; k < last; k++) {
      int m = order[k];
      int len = (m + 1 < n ? starts[m + 1] : end) - starts[m];
      System.arraycopy(scratch, starts[m] - regionStart, buf, p, len);
      p += len;
    }
    pos = kept == n ? end : p;
  }

  private void ensure(int more) {
    if (buf.length - pos < more) {
      buf = Arrays.copyOf(buf, Math.max(pos + more, buf.length * 2));
    }
  }
}
