package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Score} as OONI fastpath's {@code scores} dict and reads such a dict back.
 *
 * <p>Keys are OONI's: {@code blocking_general, blocking_global, blocking_country, blocking_isp,
 * blocking_local}, then the test-specific keys ({@link Score#details()}), then {@code
 * fingerprints} (when not empty), {@code confirmed} (only {@code true}), {@code analysis}, {@code
 * accuracy}, {@code extra} and {@code msg} when present. This order is fastpath's insertion order
 * for every case seen in its stored rows; an unscored score writes no blocking keys. Output is
 * compact; doubles are written in their shortest round-trip form (Schubfach), identical on every
 * JDK and equal to Python's {@code repr} for the values scores hold.
 */
public final class ScoreJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
              .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
              .build());
  private static final String[] BLOCKING_KEYS = {
    "blocking_general", "blocking_global", "blocking_country", "blocking_isp", "blocking_local"
  };

  private ScoreJson() {}

  /** The scores dict as a (new, mutable) JSON object. */
  public static ObjectNode toJson(Score s) {
    ObjectNode o = NODES.objectNode();
    if (!s.unscored()) {
      Blocking b = s.blocking();
      double[] values = {b.general(), b.global(), b.country(), b.isp(), b.local()};
      for (int i = 0; i < BLOCKING_KEYS.length; i++) {
        o.put(BLOCKING_KEYS[i], values[i]);
      }
    }
    o.setAll(s.details());
    if (!s.fingerprints().isEmpty()) {
      ArrayNode hits = o.putArray("fingerprints");
      s.fingerprints().forEach(h -> hits.add(hit(h)));
    }
    if (s.confirmed()) {
      o.put("confirmed", true);
    }
    putIfPresent(o, "analysis", s.analysis());
    if (s.accuracy() != null) {
      o.put("accuracy", s.accuracy().doubleValue());
    }
    putIfPresent(o, "extra", s.extra());
    if (s.msg() != null) {
      o.put("msg", s.msg());
    }
    return o;
  }

  /**
   * The scores dict as compact JSON text: the tree written straight to a generator of the mapper's
   * factory (no serializer lookups), the same text as {@code MAPPER.writeValueAsString}; a tree
   * holding other than plain JSON values goes through the mapper.
   */
  public static String write(Score s) {
    ObjectNode tree = toJson(s);
    StringWriter out = new StringWriter(128);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      if (!writeNode(g, tree)) {
        return MAPPER.writeValueAsString(tree);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
    return out.toString();
  }

  /** Writes a plain JSON tree as Jackson's node serializers do; false for any other node. */
  private static boolean writeNode(JsonGenerator g, JsonNode n) throws IOException {
    switch (n.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          g.writeFieldName(e.getKey());
          if (!writeNode(g, e.getValue())) {
            return false;
          }
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode child : n) {
          if (!writeNode(g, child)) {
            return false;
          }
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(n.textValue());
      case BOOLEAN -> g.writeBoolean(n.booleanValue());
      case NULL -> g.writeNull();
      case NUMBER -> writeNumber(g, n);
      default -> {
        return false;
      }
    }
    return true;
  }

  private static void writeNumber(JsonGenerator g, JsonNode n) throws IOException {
    switch (n.numberType()) {
      case INT -> g.writeNumber(n.intValue());
      case LONG -> g.writeNumber(n.longValue());
      case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
      case BIG_DECIMAL -> g.writeNumber(n.decimalValue());
      case FLOAT -> g.writeNumber(n.floatValue());
      default -> g.writeNumber(n.doubleValue());
    }
  }

  /**
   * Reads a scores dict as stored by OONI's fastpath (e.g. the {@code scores} column), with the
   * reason and scorer version the dict does not carry.
   *
   * @throws IllegalArgumentException naming the key when the dict does not fit a {@link Score}
   */
  public static Score read(String json, String reason, String scorerVersion) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("scores: not JSON: " + e.getOriginalMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("scores: must be a JSON object");
    }
    return fromJson((ObjectNode) tree, reason, scorerVersion);
  }

  private static Score fromJson(ObjectNode o, String reason, String scorerVersion) {
    boolean unscored = !o.has(BLOCKING_KEYS[0]);
    double[] values = new double[BLOCKING_KEYS.length];
    for (int i = 0; i < BLOCKING_KEYS.length; i++) {
      JsonNode v = o.get(BLOCKING_KEYS[i]);
      if (unscored != (v == null)) {
        throw new IllegalArgumentException(BLOCKING_KEYS[i] + ": all or none of blocking_*");
      }
      if (v != null && !v.isNumber()) {
        throw new IllegalArgumentException(BLOCKING_KEYS[i] + ": must be a number");
      }
      values[i] = v == null ? 0.0 : v.doubleValue();
    }
    ObjectNode details = NODES.objectNode();
    for (Map.Entry<String, JsonNode> e : o.properties()) {
      if (!isTypedKey(e.getKey())) {
        details.set(e.getKey(), e.getValue());
      }
    }
    JsonNode accuracy = o.get("accuracy");
    JsonNode msg = o.get("msg");
    return new Score(
        new Blocking(values[0], values[1], values[2], values[3], values[4]),
        accuracy == null ? null : accuracy.doubleValue(),
        o.path("confirmed").asBoolean(false),
        hits(o.get("fingerprints")),
        object(o, "analysis"),
        object(o, "extra"),
        msg == null ? null : msg.asText(),
        details,
        unscored,
        reason,
        scorerVersion);
  }

  private static boolean isTypedKey(String key) {
    switch (key) {
      case "accuracy":
      case "confirmed":
      case "fingerprints":
      case "analysis":
      case "extra":
      case "msg":
        return true;
      default:
        return List.of(BLOCKING_KEYS).contains(key);
    }
  }

  private static ObjectNode hit(FingerprintHit h) {
    ObjectNode o = NODES.objectNode();
    o.put("name", h.name());
    o.put("scope", h.scope());
    o.put("location_found", h.locationFound());
    o.put("confidence_no_fp", h.confidenceNoFp());
    ArrayNode ccs = o.putArray("expected_countries");
    h.expectedCountries().forEach(ccs::add);
    return o;
  }

  private static List<FingerprintHit> hits(JsonNode array) {
    List<FingerprintHit> out = new ArrayList<>();
    if (array == null) {
      return out;
    }
    for (JsonNode h : array) {
      List<String> ccs = new ArrayList<>();
      h.path("expected_countries").forEach(cc -> ccs.add(cc.asText()));
      out.add(new FingerprintHit(h.path("name").asText(), h.path("scope").asText(),
          h.path("location_found").asText(), h.path("confidence_no_fp").asInt(), ccs));
    }
    return out;
  }

  private static ObjectNode object(ObjectNode o, String key) {
    JsonNode v = o.get(key);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      throw new IllegalArgumentException(key + ": must be an object");
    }
    return (ObjectNode) v;
  }

  private static void putIfPresent(ObjectNode o, String key, ObjectNode value) {
    if (value != null) {
      o.set(key, value);
    }
  }
}
