package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;

/**
 * Reads of measurement JSON with the semantics of OONI fastpath's Python code, so that each
 * scorer can state a rule once: {@code d.get(k)} (missing and null are both "None"), {@code k in
 * d}, Python truthiness, and values copied into a score as Python would re-serialize them
 * (floating-point numbers as doubles).
 */
final class JsonReads {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonReads() {}

  /** {@code d.get(key)}: the value, or null when {@code d} is no object, the key is absent or null. */
  static JsonNode get(JsonNode d, String key) {
    if (d == null || !d.isObject()) {
      return null;
    }
    JsonNode v = d.get(key);
    return v == null || v.isNull() ? null : v;
  }

  /** {@code key in d} for an object {@code d} (a JSON null value counts as present). */
  static boolean has(JsonNode d, String key) {
    return d != null && d.isObject() && d.has(key);
  }

  /** The object at {@code key}, or an empty object ({@code g_or(d, key, {})}). */
  static JsonNode object(JsonNode d, String key) {
    JsonNode v = get(d, key);
    return v != null && v.isObject() ? v : NODES.objectNode();
  }

  /** The elements of the array at {@code key}; none when absent, null or not an array. */
  static Iterable<JsonNode> elements(JsonNode d, String key) {
    JsonNode v = get(d, key);
    return v != null && v.isArray() ? v : Collections.emptyList();
  }

  /** The string at {@code key}, or null when absent or not a string. */
  static String text(JsonNode d, String key) {
    JsonNode v = get(d, key);
    return v != null && v.isTextual() ? v.textValue() : null;
  }

  /** Python truthiness of a value (null means None). */
  static boolean truthy(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.doubleValue() != 0.0;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    return v.size() > 0;
  }

  /** {@code v is True}. */
  static boolean isTrue(JsonNode v) {
    return v != null && v.isBoolean() && v.booleanValue();
  }

  /** {@code v is False}. */
  static boolean isFalse(JsonNode v) {
    return v != null && v.isBoolean() && !v.booleanValue();
  }

  /** {@code v == False} (equivalently {@code v == 0}) in Python: false, or a number equal to 0. */
  static boolean equalsFalse(JsonNode v) {
    return isFalse(v) || (v != null && v.isNumber() && v.doubleValue() == 0.0);
  }

  /**
   * A value as fastpath would write it back: None becomes null, floating-point numbers become
   * doubles (Python floats), containers are copied the same way.
   */
  static JsonNode pyValue(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return NullNode.getInstance();
    }
    if (v.isFloatingPointNumber()) {
      return DoubleNode.valueOf(v.doubleValue());
    }
    if (v.isObject()) {
      ObjectNode o = NODES.objectNode();
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        o.set(e.getKey(), pyValue(e.getValue()));
      }
      return o;
    }
    if (v.isArray()) {
      var a = NODES.arrayNode();
      v.forEach(e -> a.add(pyValue(e)));
      return a;
    }
    return v;
  }

  /**
   * fastpath's {@code _detect_unknown_failure}: any test key ending in {@code _failure} whose
   * string value starts with {@code unknown_failure}.
   */
  static boolean anyUnknownFailure(JsonNode testKeys) {
    if (testKeys == null || !testKeys.isObject()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> e : testKeys.properties()) {
      JsonNode v = e.getValue();
      if (e.getKey().endsWith("_failure") && v.isTextual()
          && v.textValue().startsWith("unknown_failure")) {
        return true;
      }
    }
    return false;
  }

  /** An integer as Python writes it: an int node when it fits, else a long node. */
  static JsonNode integer(long v) {
    return v == (int) v ? NODES.numberNode((int) v) : NODES.numberNode(v);
  }

  /** A new empty object. */
  static ObjectNode newObject() {
    return NODES.objectNode();
  }
}
