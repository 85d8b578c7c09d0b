package org.cyberwatch.schemas.measurement;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds Jackson trees that cannot be modified: every object and array is backed by an unmodifiable
 * map or list, so {@code set}, {@code put}, {@code remove}, {@code add} and entry {@code setValue}
 * throw {@link UnsupportedOperationException}. Reading stays plain Jackson ({@code get}, {@code
 * path}, {@code properties}, {@code elements}); {@code deepCopy()} returns an ordinary mutable
 * tree. Leaf nodes (text, numbers, booleans, null) are immutable in Jackson.
 *
 * <p>Numbers are kept without loss: integers as int/long/BigInteger nodes; a floating-point token
 * becomes a {@link DoubleNode} when the double reproduces the token's value (at most 15 significant
 * digits, or the shortest representation of the double equals the token text), else a {@link
 * DecimalNode} holding the exact decimal.
 */
final class ImmutableJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int DOUBLE_SAFE_DIGITS = 15;

  private ImmutableJson() {}

  /** True when {@code node} needs no copy: a container built here, or a leaf. */
  static boolean isImmutable(JsonNode node) {
    return node instanceof FrozenObject || node instanceof FrozenArray || node.isValueNode();
  }

  /** Returns {@code node} itself when already immutable, else an immutable deep copy. */
  static JsonNode freeze(JsonNode node) {
    if (node.isPojo() || node.isBinary() || node.isMissingNode()) {
      throw new IllegalArgumentException(
          "json: only JSON values are allowed, got " + node.getNodeType());
    }
    if (isImmutable(node)) {
      return node;
    }
    if (node.isObject()) {
      Map<String, JsonNode> children = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        children.put(e.getKey(), freeze(e.getValue()));
      }
      return new FrozenObject(children);
    }
    if (node.isArray()) {
      List<JsonNode> children = new ArrayList<>(node.size());
      node.elements().forEachRemaining(child -> children.add(freeze(child)));
      return new FrozenArray(children);
    }
    throw new IllegalArgumentException("json: unsupported node type " + node.getNodeType());
  }

  /** An immutable array node holding {@code children} (taken over, not copied). */
  static ArrayNode array(List<JsonNode> children) {
    return new FrozenArray(children);
  }

  /** An immutable object node holding {@code children} (taken over, not copied). */
  static ObjectNode object(Map<String, JsonNode> children) {
    return new FrozenObject(children);
  }

  /**
   * Reads the value whose first token is the parser's current token, leaving the parser on the
   * value's last token.
   */
  static JsonNode read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new JsonParseException(p, "no JSON value");
    }
    switch (t) {
      case START_OBJECT:
        return readObject(p);
      case START_ARRAY:
        return readArray(p);
      case VALUE_STRING:
        return TextNode.valueOf(p.getText());
      case VALUE_NUMBER_INT:
        return readInteger(p);
      case VALUE_NUMBER_FLOAT:
        return readFloat(p);
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.getInstance();
      default:
        throw new JsonParseException(p, "unexpected token " + t);
    }
  }

  private static ObjectNode readObject(JsonParser p) throws IOException {
    Map<String, JsonNode> children = new LinkedHashMap<>();
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      children.put(name, read(p));
    }
    return new FrozenObject(children);
  }

  private static ArrayNode readArray(JsonParser p) throws IOException {
    List<JsonNode> children = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      children.add(read(p));
    }
    return new FrozenArray(children);
  }

  static JsonNode readInteger(JsonParser p) throws IOException {
    switch (p.getNumberType()) {
      case INT:
        return IntNode.valueOf(p.getIntValue());
      case LONG:
        return LongNode.valueOf(p.getLongValue());
      default:
        return BigIntegerNode.valueOf(p.getBigIntegerValue());
    }
  }

  static JsonNode readFloat(JsonParser p) throws IOException {
    char[] text = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    int digits = significantDigits(text, offset, length);
    double value = p.getDoubleValue();
    boolean exactEnough =
        digits <= DOUBLE_SAFE_DIGITS
            ? isNormalOrZero(value, digits)
            : NumberOutput.toString(value, true).contentEquals(p.getText());
    return exactEnough ? DoubleNode.valueOf(value) : DecimalNode.valueOf(p.getDecimalValue());
  }

  private static boolean isNormalOrZero(double value, int digits) {
    return digits == 0
        ? value == 0.0
        : Double.isFinite(value) && Math.abs(value) >= Double.MIN_NORMAL;
  }

  /** Digits of the mantissa from the first non-zero digit on (0 when the mantissa is zero). */
  private static int significantDigits(char[] text, int offset, int length) {
    int digits = 0;
    boolean started = false;
    for (int i = offset; i < offset + length; i++) {
      char c = text[i];
      if (c == 'e' || c == 'E') {
        break;
      }
      if (c >= '1' && c <= '9') {
        started = true;
      }
      if (started && c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits;
  }

  /**
   * The members of an object node in stored order, without the unmodifiable view's per-entry
   * wrappers when the node was built here.
   */
  static Iterable<Map.Entry<String, JsonNode>> members(JsonNode object) {
    return object instanceof FrozenObject f ? f.members.entrySet() : object.properties();
  }

  /** Object node over an unmodifiable map. */
  @SuppressWarnings("unchecked") // Jackson's own generic deepCopy() override
  private static final class FrozenObject extends ObjectNode {
    private static final long serialVersionUID = 1L;
    /** The map behind the unmodifiable view; never modified. */
    private final Map<String, JsonNode> members;

    FrozenObject(Map<String, JsonNode> children) {
      super(NODES, Collections.unmodifiableMap(children));
      this.members = children;
    }
  }

  /** Array node over an unmodifiable list. */
  @SuppressWarnings("unchecked") // Jackson's own generic deepCopy() override
  private static final class FrozenArray extends ArrayNode {
    private static final long serialVersionUID = 1L;

    FrozenArray(List<JsonNode> children) {
      super(NODES, Collections.unmodifiableList(children));
    }
  }
}
