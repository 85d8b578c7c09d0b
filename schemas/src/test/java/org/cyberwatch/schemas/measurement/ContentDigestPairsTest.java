package org.cyberwatch.schemas.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over every pair of documents that differ in one awkward value (numbers canonical JSON spells
 * alike or apart, strings with escapes, surrogates or {@code ?}, nesting that texts could blur),
 * the content digests are equal exactly when the canonical forms are.
 */
class ContentDigestPairsTest {
  private static final String UID = "measurement_uid";
  private static final String LONG = "x".repeat(40);

  /** Values parsed from JSON text (as a document would hold them). */
  private static final List<String> PARSED = List.of(
      "1", "-0", "0", "1.0", "1.00", "10E-1", "-0.0", "0.0", "1e400", "0.1", "0.10",
      "0.1000000000000000055511151231257827", "12.345678901234567", "1.2345678901234567e1",
      "12345678901234567890", "3000000000", "\"1\"", "\"1.0\"", "\"NaN\"", "null", "true",
      "false", "\"\"", "[]", "{}", "[[]]", "[{}]", "{\"a\":{}}", "{\"a\":[]}", "{\"a\":\"\"}",
      "{\"ab\":\"\"}", "{\"a\":\"b\"}", "[\"a\",\"bc\"]", "[\"ab\",\"c\"]", "[\"abc\"]",
      "{\"b\":1,\"a\":2}", "{\"a\":2,\"b\":1}", "{\"a\":1,\"b\":2}",
      "\"\\u0041\\/\\\"\"", "\"A/\\\"\"", "\"\\ud83d\\ude00\"", "\"\ud83d\ude00\"",
      "\"x\\ud83d\"", "\"x?\"", "\"x\\ude00\"", "\"\u00e9?\"", "\"\\u00e9\\u003f\"",
      "\"" + LONG + "\\ud83d\"", "\"" + LONG + "?\"", "\"" + LONG + "\\u003F\"",
      "\"" + LONG + "\\ud83d\\ude00?\"", "\"" + LONG + "\ud83d\ude00?\"",
      "\"" + LONG + "\u00e9\"", "\"" + LONG + "\\u00E9\"", "\"\\u0000\\n\\t\\u001f\"",
      "\"\\u0000\\u000a\\u0009\\u001F\"");

  /** Values only a tree built in code holds. */
  private static final List<JsonNode> BUILT = List.of(
      DoubleNode.valueOf(Double.NaN), TextNode.valueOf("NaN"),
      DoubleNode.valueOf(Double.POSITIVE_INFINITY), TextNode.valueOf("Infinity"),
      FloatNode.valueOf(0.1f), DoubleNode.valueOf(0.1), DoubleNode.valueOf(0.10000000149011612),
      LongNode.valueOf(1), IntNode.valueOf(1), DecimalNode.valueOf(new BigDecimal("1.0")),
      DecimalNode.valueOf(new BigDecimal("1")), DecimalNode.valueOf(new BigDecimal("1E+1")),
      LongNode.valueOf(Long.MIN_VALUE), DecimalNode.valueOf(new BigDecimal("-9223372036854775808")),
      TextNode.valueOf("x\ud83d"), TextNode.valueOf("x?"));

  static Stream<Arguments> pairs() {
    List<Measurement> docs = new ArrayList<>();
    PARSED.forEach(v -> docs.add(MeasurementCodec.parse(withValue(v))));
    BUILT.forEach(v -> docs.add(withNode(v)));
    List<Arguments> pairs = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        pairs.add(Arguments.of(value(docs.get(i)), value(docs.get(j)), docs.get(i), docs.get(j)));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @MethodSource("pairs")
  void digestsAreEqualExactlyWhenCanonicalFormsAre(
      String a, String b, Measurement first, Measurement second) {
    assertEquals(
        canonical(first).equals(canonical(second)),
        MeasurementCodec.contentDigest(first, UID).equals(
            MeasurementCodec.contentDigest(second, UID)));
  }

  private static String withValue(String value) {
    return "{\"test_name\":\"tor\",\"report_id\":\"\",\"probe_cc\":\"IT\","
        + "\"measurement_uid\":\"20250527233111.802678_ID_tor_5a37ec909dbf14e3\","
        + "\"probe_asn\":\"AS1\",\"test_keys\":{\"v\":" + value + ",\"a\":1},"
        + "\"measurement_start_time\":\"2020-01-30 16:47:34\"}";
  }

  private static Measurement withNode(JsonNode v) {
    ObjectNode doc = MeasurementCodec.parse(withValue("null")).json().deepCopy();
    ((ObjectNode) doc.get("test_keys")).set("v", v);
    return MeasurementCodec.fromJson(doc);
  }

  private static String value(Measurement m) {
    JsonNode v = m.testKeys().get("v");
    return v.getClass().getSimpleName() + " " + v;
  }

  private static String canonical(Measurement m) {
    return new String(MeasurementCodec.toCanonicalBytes(m.withoutField(UID)),
        StandardCharsets.UTF_8);
  }
}
