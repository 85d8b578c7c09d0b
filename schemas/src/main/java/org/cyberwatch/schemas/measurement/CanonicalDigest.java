package org.cyberwatch.schemas.measurement;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * Streams the canonical form of a tree (see {@link MeasurementCodec}) into a {@link MessageDigest}
 * without building the text: the bytes fed are exactly those {@link
 * MeasurementCodec#canonicalBytes} returns (Jackson's escaping: {@code "}, {@code \} and control
 * characters escaped, {@code \b \t \n \f \r} by letter and the rest as a backslash-u escape with four upper-case hex digits; every UTF-16
 * surrogate as such an escape; other characters as UTF-8; numbers through Jackson's
 * own {@link NumberOutput}). One instance per call; not thread-safe.
 */
final class CanonicalDigest {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final int CAPACITY = 8192;
  /** Strings from this length on are copied in bulk when they need no escape. */
  private static final int BULK_CHARS = 24;
  /** 0: written as is; a letter: backslash + letter; -1: a backslash-u escape with four upper-case hex digits. */
  private static final int[] ESCAPES = escapes();
  private static final Comparator BY_NAME = new Comparator();

  private final MessageDigest digest;
  private final byte[] buf = new byte[CAPACITY];
  private int pos;

  private CanonicalDigest(MessageDigest digest) {
    this.digest = digest;
  }

  /** The digest ({@code algorithm}) of the canonical form of {@code root} without {@code omitted}. */
  static byte[] of(JsonNode root, String omitted, String algorithm) {
    try {
      CanonicalDigest d = new CanonicalDigest(MessageDigest.getInstance(algorithm));
      d.writeObject(root, omitted);
      d.flush();
      return d.digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("algorithm: not available: " + algorithm, e);
    }
  }

  private void write(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT -> writeObject(node, null);
      case ARRAY -> writeArray(node);
      case STRING -> writeString(node.textValue());
      case NUMBER -> writeNumber(node);
      case BOOLEAN -> writeAscii(node.booleanValue() ? "true" : "false");
      case NULL -> writeAscii("null");
      default -> throw new IllegalArgumentException(
          "json: cannot write node type " + node.getNodeType() + " as measurement JSON");
    }
  }

  @SuppressWarnings("unchecked")
  private void writeObject(JsonNode node, String omitted) {
    int n = node.size();
    Map.Entry<String, JsonNode>[] members = new Map.Entry[n];
    int i = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (omitted == null || !omitted.equals(e.getKey())) {
        members[i++] = e;
      }
    }
    if (i > 1) {
      Arrays.sort(members, 0, i, BY_NAME);
    }
    writeByte('{');
    for (int k = 0; k < i; k++) {
      if (k > 0) {
        writeByte(',');
      }
      writeString(members[k].getKey());
      writeByte(':');
      write(members[k].getValue());
    }
    writeByte('}');
  }

  private void writeArray(JsonNode node) {
    writeByte('[');
    int n = node.size();
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        writeByte(',');
      }
      write(node.get(k));
    }
    writeByte(']');
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

  private void writeString(String s) {
    writeByte('"');
    int n = s.length();
    if (n >= BULK_CHARS && n <= CAPACITY) {
      writeLongString(s);
    } else {
      writeChars(s, 0);
    }
    writeByte('"');
  }

  /**
   * Long strings: the JDK's UTF-8 encoder copies an ASCII string in bulk; when every byte needs no
   * escape (the common case) they go to the buffer as they are, else the string is written char
   * by char.
   */
  private void writeLongString(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    for (byte b : utf8) {
      if (b < 0x20 || b == '"' || b == '\\') {
        writeChars(s, 0);
        return;
      }
    }
    if (CAPACITY - pos < utf8.length) {
      flush();
    }
    System.arraycopy(utf8, 0, buf, pos, utf8.length);
    pos += utf8.length;
  }

  private void writeChars(String s, int from) {
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80 && ESCAPES[c] == 0) {
        if (pos == CAPACITY) {
          flush();
        }
        buf[pos++] = (byte) c;
      } else {
        writeSpecial(c);
      }
    }
  }

  private void writeSpecial(char c) {
    if (CAPACITY - pos < 6) {
      flush();
    }
    if (c < 0x80) {
      int esc = ESCAPES[c];
      buf[pos++] = '\\';
      if (esc > 0) {
        buf[pos++] = (byte) esc;
      } else {
        writeUnicodeEscape(c);
      }
    } else if (c < 0x800) {
      buf[pos++] = (byte) (0xc0 | (c >> 6));
      buf[pos++] = (byte) (0x80 | (c & 0x3f));
    } else if (Character.isSurrogate(c)) {
      buf[pos++] = '\\';
      writeUnicodeEscape(c);
    } else {
      buf[pos++] = (byte) (0xe0 | (c >> 12));
      buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3f));
      buf[pos++] = (byte) (0x80 | (c & 0x3f));
    }
  }

  private void writeUnicodeEscape(char c) {
    buf[pos++] = 'u';
    buf[pos++] = HEX[(c >> 12) & 0xf];
    buf[pos++] = HEX[(c >> 8) & 0xf];
    buf[pos++] = HEX[(c >> 4) & 0xf];
    buf[pos++] = HEX[c & 0xf];
  }

  private void writeAscii(String s) {
    int n = s.length();
    if (CAPACITY - pos < n) {
      flush();
      if (n > CAPACITY) {
        digest.update(s.getBytes(StandardCharsets.US_ASCII));
        return;
      }
    }
    for (int i = 0; i < n; i++) {
      buf[pos++] = (byte) s.charAt(i);
    }
  }

  private void writeByte(char c) {
    if (pos == CAPACITY) {
      flush();
    }
    buf[pos++] = (byte) c;
  }

  private void flush() {
    digest.update(buf, 0, pos);
    pos = 0;
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

  /** Members by name, UTF-16 code unit order (as {@link String#compareTo}). */
  private static final class Comparator implements java.util.Comparator<Map.Entry<String, JsonNode>> {
    @Override
    public int compare(Map.Entry<String, JsonNode> a, Map.Entry<String, JsonNode> b) {
      return a.getKey().compareTo(b.getKey());
    }
  }
}
