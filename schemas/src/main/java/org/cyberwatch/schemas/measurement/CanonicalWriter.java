package org.cyberwatch.schemas.measurement;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Builds the canonical form (see {@link MeasurementCodec}) into a growable buffer and digests it:
 * the bytes are exactly those {@link MeasurementCodec#canonicalBytes} returns (Jackson's escaping:
 * {@code "}, {@code \} and control characters escaped, {@code \b \t \n \f \r} by letter and the rest
 * as a backslash-u escape with four upper-case hex digits; every UTF-16 surrogate as such an escape;
 * other characters as UTF-8; numbers through Jackson's own {@link NumberOutput}). A tree is written
 * with {@link #writeTree}; {@link RawCanonicalizer} copies from the input bytes, closing each object
 * with {@link #closeObject}. Not thread-safe: one per thread ({@link #forThread}).
 */
final class CanonicalWriter {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final int INITIAL = 16 * 1024;
  private static final int KEPT = 1024 * 1024;
  /** Strings from this length on are copied in bulk when they need no escape. */
  private static final int BULK_CHARS = 16;
  /** 0: written as is; a letter: backslash + letter; -1: backslash-u escape. */
  private static final int[] ESCAPES = escapes();
  private static final ThreadLocal<CanonicalWriter> PER_THREAD =
      ThreadLocal.withInitial(CanonicalWriter::new);

  private byte[] buf = new byte[INITIAL];
  private byte[] scratch = new byte[INITIAL];
  private int pos;
  /** The last algorithm's digest, kept (reset by {@code digest()}) to skip the provider lookup. */
  private MessageDigest digest;

  private CanonicalWriter() {}

  /** This thread's writer, emptied. */
  static CanonicalWriter forThread() {
    CanonicalWriter w = PER_THREAD.get();
    if (w.buf.length > KEPT) {
      w = new CanonicalWriter();
      PER_THREAD.set(w);
    }
    w.pos = 0;
    return w;
  }

  /** Hex digest ({@code algorithm}) of what was written. */
  String digestHex(String algorithm) {
    if (digest == null || !digest.getAlgorithm().equals(algorithm)) {
      try {
        digest = MessageDigest.getInstance(algorithm);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalArgumentException("algorithm: not available: " + algorithm, e);
      }
    }
    digest.update(buf, 0, pos);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A copy of what was written. */
  byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  int position() {
    return pos;
  }

  /** Writes {@code node} in canonical form, leaving out the member {@code omitted} of its root. */
  void writeTree(JsonNode node, String omitted) {
    switch (node.getNodeType()) {
      case OBJECT -> writeTreeObject(node, omitted);
      case ARRAY -> {
        writeByte('[');
        for (int k = 0, n = node.size(); k < n; k++) {
          if (k > 0) {
            writeByte(',');
          }
          writeTree(node.get(k), null);
        }
        writeByte(']');
      }
      default -> writeLeaf(node);
    }
  }

  private void writeTreeObject(JsonNode node, String omitted) {
    int start = pos;
    writeByte('{');
    int n = node.size();
    String[] names = new String[n];
    int[] starts = new int[n];
    int i = 0;
    for (var it = node.fields(); it.hasNext(); i++) {
      var e = it.next();
      if (i > 0) {
        writeByte(',');
      }
      names[i] = e.getKey();
      starts[i] = pos;
      writeString(names[i]);
      writeByte(':');
      writeTree(e.getValue(), null);
    }
    closeObject(start, names, starts, n, omitted);
  }

  /**
   * Closes the object opened at {@code start}: its {@code n} members were written in input order,
   * member {@code i} ({@code "name":value}) from {@code starts[i]}, separated by commas. Reorders
   * them by name (UTF-16 code units, as {@link String#compareTo}) unless already sorted, drops
   * {@code omitted} (null: none) and writes the closing brace. False (the output is then unusable)
   * when a name occurs twice.
   */
  boolean closeObject(int start, String[] names, int[] starts, int n, String omitted) {
    int drop = omitted == null ? -1 : indexOf(names, n, omitted);
    int sorted = drop < 0 ? sortedness(names, n) : 1;
    if (sorted < 0) {
      return false;
    }
    if (sorted == 0) {
      writeByte('}');
      return true;
    }
    int[] order = sortedOrder(names, n, drop);
    if (order == null) {
      return false;
    }
    int from = start + 1;
    int length = pos - from;
    if (scratch.length < length) {
      scratch = new byte[Math.max(length, scratch.length * 2)];
    }
    System.arraycopy(buf, from, scratch, 0, length);
    pos = from;
    for (int k = 0; k < order.length; k++) {
      int m = order[k];
      int end = m + 1 < n ? starts[m + 1] - 1 : from + length;
      if (k > 0) {
        buf[pos++] = ',';
      }
      int len = end - starts[m];
      System.arraycopy(scratch, starts[m] - from, buf, pos, len);
      pos += len;
    }
    writeByte('}');
    return true;
  }

  private static int indexOf(String[] names, int n, String name) {
    for (int i = 0; i < n; i++) {
      if (name.equals(names[i])) {
        return i;
      }
    }
    return -1;
  }

  /** 0: strictly ascending; -1: a name repeats next to itself; 1: neither. */
  private static int sortedness(String[] names, int n) {
    for (int i = 1; i < n; i++) {
      int c = names[i - 1].compareTo(names[i]);
      if (c >= 0) {
        return c == 0 ? -1 : 1;
      }
    }
    return 0;
  }

  /**
   * Member indexes (without {@code drop}) in name order, insertion sort (objects are small); null
   * when a name occurs twice.
   */
  private static int[] sortedOrder(String[] names, int n, int drop) {
    int[] order = new int[drop < 0 ? n : n - 1];
    int size = 0;
    for (int i = 0; i < n; i++) {
      if (i == drop) {
        continue;
      }
      int j = size++;
      int c = 1;
      while (j > 0 && (c = names[order[j - 1]].compareTo(names[i])) > 0) {
        order[j] = order[j - 1];
        j--;
      }
      if (j > 0 && c == 0) {
        return null;
      }
      order[j] = i;
    }
    return order;
  }

  /** Appends {@code len} bytes of {@code src} from {@code off} as they are. */
  void writeRaw(byte[] src, int off, int len) {
    ensure(len);
    System.arraycopy(src, off, buf, pos, len);
    pos += len;
  }

  /** Appends one character in canonical string form (escaped, or UTF-8). */
  void writeStringChar(char c) {
    ensure(6);
    pos = writeChar(c, buf, pos);
  }

  /** Writes a string, number, boolean or null. */
  void writeLeaf(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING -> writeString(node.textValue());
      case NUMBER -> writeNumber(node);
      case BOOLEAN -> writeAscii(node.booleanValue() ? "true" : "false");
      case NULL -> writeAscii("null");
      default -> throw new IllegalArgumentException(
          "json: cannot write node type " + node.getNodeType() + " as measurement JSON");
    }
  }

  private void writeNumber(JsonNode node) {
    switch (node.numberType()) {
      case INT -> writeAscii(Integer.toString(node.intValue()));
      case LONG -> writeAscii(Long.toString(node.longValue()));
      case BIG_INTEGER -> writeAscii(node.bigIntegerValue().toString());
      case BIG_DECIMAL -> writeAscii(node.decimalValue().toString());
      case FLOAT -> writeFloating(NumberOutput.notFinite(node.floatValue()),
          NumberOutput.toString(node.floatValue(), true));
      default -> writeFloating(NumberOutput.notFinite(node.doubleValue()),
          NumberOutput.toString(node.doubleValue(), true));
    }
  }

  /** Jackson quotes non-finite numbers (QUOTE_NON_NUMERIC_NUMBERS, on by default). */
  private void writeFloating(boolean notFinite, String text) {
    if (notFinite) {
      writeString(text);
    } else {
      writeAscii(text);
    }
  }

  void writeString(String s) {
    int n = s.length();
    ensure(n * 6 + 2);
    buf[pos++] = '"';
    if (n < BULK_CHARS || !writeBulk(s)) {
      pos = writeChars(s, buf, pos);
    }
    buf[pos++] = '"';
  }

  /**
   * An ASCII string (with, at most, lone surrogates): the JDK's UTF-8 encoder copies it in bulk, one
   * byte a char ({@code ?} for a lone surrogate), and runs that need no escape are copied as they
   * are. False, with nothing written, for any other non-ASCII string (more bytes than chars). The
   * caller ensured room for six bytes a char.
   */
  private boolean writeBulk(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    int n = utf8.length;
    if (n != s.length()) {
      return false;
    }
    byte[] b = buf;
    int p = pos;
    int from = 0;
    for (int i = 0; i < n; i++) {
      int c = utf8[i];
      if (c >= 0x20 && c != '"' && c != '\\' && c != '?') {
        continue;
      }
      char ch = s.charAt(i);
      if (ch == '?') {
        continue;
      }
      System.arraycopy(utf8, from, b, p, i - from);
      p += i - from;
      p = writeEscape(ch, b, p);
      from = i + 1;
    }
    System.arraycopy(utf8, from, b, p, n - from);
    pos = p + n - from;
    return true;
  }

  /** Char by char into {@code b} from {@code p}, with room for six bytes a char; the new end. */
  private static int writeChars(String s, byte[] b, int p) {
    for (int i = 0, n = s.length(); i < n; i++) {
      p = writeChar(s.charAt(i), b, p);
    }
    return p;
  }

  /** One char into {@code b} at {@code p} (room for six bytes); the new end. */
  private static int writeChar(char c, byte[] b, int p) {
    if (c < 0x80) {
      if (ESCAPES[c] == 0) {
        b[p++] = (byte) c;
      } else {
        p = writeEscape(c, b, p);
      }
    } else if (c < 0x800) {
      b[p++] = (byte) (0xc0 | (c >> 6));
      b[p++] = (byte) (0x80 | (c & 0x3f));
    } else if (Character.isSurrogate(c)) {
      p = writeEscape(c, b, p);
    } else {
      b[p++] = (byte) (0xe0 | (c >> 12));
      b[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
      b[p++] = (byte) (0x80 | (c & 0x3f));
    }
    return p;
  }

  /** The escape of an ASCII character that needs one, or of a surrogate; the new end. */
  private static int writeEscape(char c, byte[] b, int p) {
    b[p++] = '\\';
    int esc = c < 0x80 ? ESCAPES[c] : -1;
    if (esc > 0) {
      b[p++] = (byte) esc;
      return p;
    }
    b[p++] = 'u';
    b[p++] = HEX[(c >> 12) & 0xf];
    b[p++] = HEX[(c >> 8) & 0xf];
    b[p++] = HEX[(c >> 4) & 0xf];
    b[p++] = HEX[c & 0xf];
    return p;
  }

  private void writeAscii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[pos++] = (byte) s.charAt(i);
    }
  }

  void writeByte(char c) {
    ensure(1);
    buf[pos++] = (byte) c;
  }

  private void ensure(int more) {
    if (buf.length - pos < more) {
      buf = Arrays.copyOf(buf, Math.max(pos + more, buf.length * 2));
    }
  }

  private static int[] escapes() {
    int[] t = new int[0x80];
    for (int c = 0; c < 0x20; c++) {
      t[c] = -1;
    }
    t['\b'] = 'b';
    t['\t'] = 't';
    t['\n'] = 'n';
    t['\f'] = 'f';
    t['\r'] = 'r';
    t['"'] = '"';
    t['\\'] = '\\';
    return t;
  }
}
