package org.cyberwatch.schemas.measurement;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON value into the same immutable tree as {@link ImmutableJson#read} and, in the same
 * pass, writes its content digest encoding (see {@link ContentDigest}): each object's members are
 * encoded in input order and reordered by name when the object closes. A document with a repeated
 * member name (the tree keeps the last value) is digested from the tree instead. Not thread-safe:
 * one per call of {@link #sha256Hex}.
 */
final class DigestingReader {
  private static final int MEMBERS = 8;
  private static final int INSERTION_SORT = 24;

  private final ContentDigest digest = ContentDigest.forThread();
  private final DigestBuffer out = digest.buffer();
  private final DigestTexts texts = digest.texts();
  private boolean repeatedName;

  /** Reads the object at the parser's current token, encoding it without its member {@code omitted}. */
  JsonNode readRoot(JsonParser p, String omitted) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return ImmutableJson.read(p);
    }
    return readObject(p, omitted);
  }

  /** The digest of what {@link #readRoot} read ({@code tree}, without {@code omitted}). */
  String sha256Hex(JsonNode tree, String omitted) {
    return repeatedName ? ContentDigest.sha256Hex(tree, omitted) : digest.sha256Hex();
  }

  private JsonNode read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        return readObject(p, null);
      case START_ARRAY:
        return readArray(p);
      case VALUE_STRING:
        String s = p.getText();
        texts.string(s);
        return TextNode.valueOf(s);
      case VALUE_NUMBER_INT:
        return integer(p);
      case VALUE_NUMBER_FLOAT:
        return floating(p);
      case VALUE_TRUE:
        out.tag('t');
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        out.tag('f');
        return BooleanNode.FALSE;
      case VALUE_NULL:
        out.tag('n');
        return NullNode.getInstance();
      default:
        throw new JsonParseException(p, "unexpected token " + t);
    }
  }

  /** An integer token is its canonical text (JSON allows no {@code +} or leading zero), but -0. */
  private JsonNode integer(JsonParser p) throws IOException {
    JsonNode n = ImmutableJson.readInteger(p);
    char[] text = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    if (length != 2 || text[offset] != '-' || text[offset + 1] != '0') {
      out.number(text, offset, length);
    } else {
      ContentDigest.number(n, out, texts);
    }
    return n;
  }

  /** A float token already in its shortest form is copied; any other is formatted again. */
  private JsonNode floating(JsonParser p) throws IOException {
    char[] text = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    boolean shortest = PlainDecimals.isShortest(text, offset, length);
    JsonNode n = ImmutableJson.readFloat(p);
    if (shortest && n.isDouble()) {
      out.number(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } else {
      ContentDigest.number(n, out, texts);
    }
    return n;
  }

  private JsonNode readArray(JsonParser p) throws IOException {
    int countAt = out.open('[');
    List<JsonNode> children = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      children.add(read(p));
    }
    out.count(countAt, children.size());
    return ImmutableJson.array(children);
  }

  private JsonNode readObject(JsonParser p, String omitted) throws IOException {
    int countAt = out.open('{');
    Map<String, JsonNode> children = new LinkedHashMap<>();
    String[] names = new String[MEMBERS];
    int[] starts = new int[MEMBERS];
    int n = 0;
    boolean sorted = true;
    int drop = -1;
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      if (n == names.length) {
        names = Arrays.copyOf(names, n * 2);
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n] = out.position();
      texts.name(name);
      children.put(name, read(p));
      sorted &= n == 0 || names[n - 1].compareTo(name) < 0;
      if (name.equals(omitted)) {
        drop = n;
      }
      names[n++] = name;
    }
    repeatedName |= children.size() != n;
    if (!sorted || drop >= 0) {
      int[] order = sortedOrder(names, n, drop);
      out.reorder(starts, n, order, order.length);
    }
    out.count(countAt, drop >= 0 ? n - 1 : n);
    return ImmutableJson.object(children);
  }

  /** Member indexes but {@code drop} in name order (insertion sort when the object is small). */
  private static int[] sortedOrder(String[] names, int n, int drop) {
    if (n > INSERTION_SORT) {
      return java.util.stream.IntStream.range(0, n).filter(i -> i != drop).boxed()
          .sorted((a, b) -> names[a].compareTo(names[b])).mapToInt(Integer::intValue).toArray();
    }
    int[] order = new int[drop < 0 ? n : n - 1];
    int size = 0;
    for (int i = 0; i < n; i++) {
      if (i == drop) {
        continue;
      }
      int j = size++;
      while (j > 0 && names[order[j - 1]].compareTo(names[i]) > 0) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    return order;
  }
}
