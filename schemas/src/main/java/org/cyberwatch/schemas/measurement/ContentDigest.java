package org.cyberwatch.schemas.measurement;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * The content digest of a JSON tree: SHA-256 over its <em>digest encoding</em>, a binary form of
 * the canonical form (see {@link MeasurementCodec}) that is cheaper to produce than canonical JSON
 * text. Two trees have the same encoding exactly when their canonical JSON texts are equal. The
 * encoding, value by value:
 *
 * <ul>
 *   <li>object: {@code '{'}, the member count, then per member in name order (UTF-16 code units,
 *       as {@link String#compareTo}) its name as a text, then its value;
 *   <li>array: {@code '['}, the element count, then the elements;
 *   <li>string: {@code '"'} and the string as a text;
 *   <li>number: {@code '#'}, the byte length and the ASCII of its canonical JSON text (integers as
 *       integers, doubles in Jackson's shortest round-trip form, exact decimals with their digits);
 *       a non-finite double or float, which canonical JSON writes as a string, is encoded as that
 *       string;
 *   <li>{@code true}, {@code false}, {@code null}: the single bytes {@code 't'}, {@code 'f'},
 *       {@code 'n'}.
 * </ul>
 *
 * <p>A text is its byte length followed by its WTF-8 bytes (UTF-8, with a lone surrogate as its
 * three-byte form); no escaping. Counts and lengths are unsigned LEB128 varints. This class walks a
 * tree; {@link DigestingReader} writes the same bytes while parsing. Not thread-safe: one per
 * thread ({@link #forThread}).
 */
final class ContentDigest {
  private static final int INITIAL = 16 * 1024;
  private static final int KEPT = 1024 * 1024;
  /** Objects up to this size are sorted by insertion. */
  private static final int INSERTION_SORT = 24;
  private static final ThreadLocal<ContentDigest> PER_THREAD =
      ThreadLocal.withInitial(ContentDigest::new);

  private final MessageDigest sha256;
  private final DigestBuffer out = new DigestBuffer(INITIAL);
  private final DigestTexts texts = new DigestTexts(out);

  private ContentDigest() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** This thread's instance, emptied. */
  static ContentDigest forThread() {
    ContentDigest d = PER_THREAD.get();
    if (d.out.capacity() > KEPT) {
      d = new ContentDigest();
      PER_THREAD.set(d);
    }
    d.out.clear();
    return d;
  }

  /** Lower-case hex SHA-256 of the encoding of {@code root} without its member {@code omitted}. */
  static String sha256Hex(JsonNode root, String omitted) {
    ContentDigest d = forThread();
    d.value(root, omitted);
    return d.sha256Hex();
  }

  /** Lower-case hex SHA-256 of what was written. */
  String sha256Hex() {
    return HexFormat.of().formatHex(out.digest(sha256));
  }

  DigestBuffer buffer() {
    return out;
  }

  DigestTexts texts() {
    return texts;
  }

  /** The encoding of {@code root} without its member {@code omitted} (null: none). */
  static byte[] encoding(JsonNode root, String omitted) {
    ContentDigest d = forThread();
    d.value(root, omitted);
    return d.out.toByteArray();
  }

  private void value(JsonNode node, String omitted) {
    switch (node.getNodeType()) {
      case OBJECT -> object(node, omitted);
      case ARRAY -> array(node);
      case STRING -> texts.string(node.textValue());
      case NUMBER -> number(node, out, texts);
      case BOOLEAN -> out.tag(node.booleanValue() ? 't' : 'f');
      case NULL -> out.tag('n');
      default -> throw new IllegalArgumentException(
          "json: cannot digest node type " + node.getNodeType() + " as measurement JSON");
    }
  }

  private void array(JsonNode node) {
    int n = node.size();
    out.tag('[');
    out.length(n);
    for (int i = 0; i < n; i++) {
      value(node.get(i), null);
    }
  }

  private void object(JsonNode node, String omitted) {
    int size = node.size();
    String[] names = new String[size];
    JsonNode[] values = new JsonNode[size];
    int n = 0;
    boolean sorted = true;
    for (Map.Entry<String, JsonNode> e : ImmutableJson.members(node)) {
      String name = e.getKey();
      if (omitted != null && omitted.equals(name)) {
        continue;
      }
      sorted &= n == 0 || names[n - 1].compareTo(name) < 0;
      names[n] = name;
      values[n++] = e.getValue();
    }
    if (!sorted) {
      sortByName(node, names, values, n);
    }
    out.tag('{');
    out.length(n);
    for (int i = 0; i < n; i++) {
      texts.name(names[i]);
      value(values[i], null);
    }
  }

  /** Sorts the first {@code n} members (distinct names) by name, keeping values with their names. */
  private static void sortByName(JsonNode node, String[] names, JsonNode[] values, int n) {
    if (n > INSERTION_SORT) {
      Arrays.sort(names, 0, n);
      for (int i = 0; i < n; i++) {
        values[i] = node.get(names[i]);
      }
      return;
    }
    for (int i = 1; i < n; i++) {
      String name = names[i];
      JsonNode value = values[i];
      int j = i;
      while (j > 0 && names[j - 1].compareTo(name) > 0) {
        names[j] = names[j - 1];
        values[j] = values[j - 1];
        j--;
      }
      names[j] = name;
      values[j] = value;
    }
  }

  /** Writes a number node (a non-finite one as a string, as canonical JSON quotes it). */
  static void number(JsonNode node, DigestBuffer out, DigestTexts texts) {
    switch (node.numberType()) {
      case INT, LONG -> out.integer(node.longValue());
      case BIG_INTEGER -> out.number(node.bigIntegerValue().toString());
      case BIG_DECIMAL -> out.number(node.decimalValue().toString());
      case FLOAT -> {
        float f = node.floatValue();
        if (NumberOutput.notFinite(f)) {
          texts.string(NumberOutput.toString(f, true));
        } else {
          out.number(NumberOutput.toString(f, true));
        }
      }
      default -> {
        double d = node.doubleValue();
        if (NumberOutput.notFinite(d)) {
          texts.string(NumberOutput.toString(d, true));
        } else {
          out.number(NumberOutput.toString(d, true));
        }
      }
    }
  }
}
