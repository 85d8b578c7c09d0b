package org.cyberwatch.schemas.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The streamed canonical digest equals the digest of {@link MeasurementCodec#toCanonicalBytes}. */
class CanonicalDigestTest {

  private static final String UID = "measurement_uid";
  private static final String MINIMAL =
      "{\"report_id\":\"\",\"test_name\":\"tor\",\"probe_cc\":\"IT\",\"probe_asn\":\"AS30722\","
          + "\"measurement_start_time\":\"2020-01-30 16:47:34\",\"measurement_uid\":\"x\"}";

  static List<String> fixtures() {
    return OoniFixtures.names();
  }

  static Stream<Arguments> algorithmsAndOmissions() {
    return Stream.of(
        Arguments.of("SHA-256", UID), Arguments.of("SHA-512", UID), Arguments.of("SHA-256", null));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void streamedSha256WithoutTheUidEqualsTheHashOfTheCanonicalBytesForEveryFixture(String fixture) {
    Measurement m = OoniFixtures.measurement(fixture);
    assertEquals(
        hex(digest("SHA-256", MeasurementCodec.toCanonicalBytes(m.withoutField(UID)))),
        MeasurementCodec.canonicalDigest(m, UID, "SHA-256"));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void digestWhileParsingEqualsTheHashOfTheCanonicalBytesForEveryFixture(String fixture) {
    byte[] json = OoniFixtures.bytes(fixture);
    DigestedMeasurement d = MeasurementCodec.parseWithCanonicalDigest(json, UID, "SHA-256");
    Measurement m = MeasurementCodec.parse(json);
    assertEquals(
        List.of(m, hex(digest("SHA-256", MeasurementCodec.toCanonicalBytes(m.withoutField(UID))))),
        List.of(d.measurement(), d.canonicalDigest()));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureIsCanonicalisedFromItsBytesWithoutFallingBackToTheTree(String fixture) {
    byte[] json = OoniFixtures.bytes(fixture);
    CanonicalWriter out = CanonicalWriter.forThread();
    boolean raw = RawCanonicalizer.write(json, 0, UID, out);
    assertEquals(
        List.of(true, new String(MeasurementCodec.toCanonicalBytes(
            MeasurementCodec.parse(json).withoutField(UID)), java.nio.charset.StandardCharsets.UTF_8)),
        List.of(raw, new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)));
  }

  static Stream<Arguments> awkwardDocuments() {
    return Stream.of(
        Arguments.of("escapes", "\"\\u0000\\u001F\\u007f\\b\\t\\n\\f\\r\\/\\\\\\\"\\u00e9\""),
        Arguments.of("surrogates", "[\"\\ud83d\\ude00\",\"\\ud83d\",\"x\\ude00\",\"\ud83d\ude00\"]"),
        Arguments.of("long ASCII", "\"" + "abcdefghij".repeat(3000) + "\""),
        Arguments.of("long with escapes", "\"" + "<a href=\\\"x\\\">\\n".repeat(2000) + "\""),
        Arguments.of("numbers", "[1.0,1e5,-0,-0.0,0.1000,1E+2,12345678901234567890,"
            + "1.23456789012345678,3000000000,-2147483649,1.5e-7,4.9e-324,1e400,0.1e1,100]"),
        Arguments.of("plain decimals", "[0.0,-0.0,0.00,1.0,10.0,1.50,0.5,-0.5,0.001,0.0009999,"
            + "0.0001,9999999.5,10000000.0,1234567.12345678,123456789012345.0,0.30000000000000004,"
            + "0.1,0.3,2.675,1.005,123.450,0.010,-12.000001,0.123456789012345,"
            + "0.1234567890123456,8.881784197001252e-16,1.7976931348623157e308]"),
        Arguments.of("unsorted nested", "{\"z\":{\"b\":[{\"y\":1,\"x\":2}],\"a\":null},"
            + "\"A\":true,\"\u00e9\":false,\"\ud83d\ude00\":1,\"\uff5e\":2,\"\":3}"),
        Arguments.of("nested uid kept", "{\"measurement_uid\":\"inner\",\"a\":[]}"),
        Arguments.of("duplicate members", "{\"b\":1,\"a\":2,\"b\":{\"c\":1,\"c\":[3]}}"),
        Arguments.of("empty containers", "[{},[],[[]],{\"a\":{}}]"),
        Arguments.of("whitespace", " { \"b\" : [ 1 , { } ] ,\n\t\"a\" : \"x\" } "),
        Arguments.of("escaped and non-ASCII names", "{\"\\u0062\":1,\"\u00e9\":2,\"a\":3}"),
        Arguments.of("raw UTF-8",
            "\"\u00e9\u20ac\ud83d\ude00\u07ff\u0800\ud7ff\ue000\uffff?\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("awkwardDocuments")
  void digestWhileParsingEqualsTheHashOfTheCanonicalBytesForAwkwardDocuments(
      String name, String value) {
    for (String doc : List.of(withValue(value, true), withValue(value, false))) {
      byte[] json = doc.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Measurement m = MeasurementCodec.parse(json);
      assertEquals(
          hex(digest("SHA-256", MeasurementCodec.toCanonicalBytes(m.withoutField(UID)))),
          MeasurementCodec.parseWithCanonicalDigest(json, UID, "SHA-256").canonicalDigest(), doc);
    }
  }

  /** A minimal document (with or without a uid) holding {@code value} in an unsorted spot. */
  private static String withValue(String value, boolean uid) {
    return "{\"test_name\":\"tor\",\"report_id\":\"\",\"probe_cc\":\"IT\","
        + (uid ? "\"measurement_uid\":\"20250527233111.802678_ID_tor_5a37ec909dbf14e3\"," : "")
        + "\"probe_asn\":\"AS1\",\"test_keys\":{\"v\":" + value + ",\"a\":1},"
        + "\"measurement_start_time\":\"2020-01-30 16:47:34\"}";
  }

  @ParameterizedTest
  @MethodSource("algorithmsAndOmissions")
  void streamedDigestEqualsTheDigestOfTheCanonicalBytesForAnyAlgorithmAndOmission(
      String algorithm, String omitted) {
    Measurement m = OoniFixtures.measurement(fixtures().get(0));
    Measurement body = omitted == null ? m : m.withoutField(omitted);
    assertEquals(
        hex(digest(algorithm, MeasurementCodec.toCanonicalBytes(body))),
        MeasurementCodec.canonicalDigest(m, omitted, algorithm));
  }

  static Stream<Arguments> awkwardValues() {
    return Stream.of(
        Arguments.of("controls", TextNode.valueOf("a\u0000b\u0001\u001f\b\t\n\f\r\u007f")),
        Arguments.of("quotes and backslashes", TextNode.valueOf("\"q\" \\ / \\u0041")),
        Arguments.of("two- and three-byte UTF-8", TextNode.valueOf("é ß € 中文 \u07ff \u0800 \uffff")),
        Arguments.of("surrogate pair", TextNode.valueOf("emoji \ud83d\ude00 end")),
        Arguments.of("lone high surrogate", TextNode.valueOf("x\ud83dy")),
        Arguments.of("lone low surrogate", TextNode.valueOf("x\ude00")),
        Arguments.of("string over the buffer", TextNode.valueOf("é\"".repeat(9000))),
        Arguments.of("negative zero", DoubleNode.valueOf(-0.0)),
        Arguments.of("huge double", DoubleNode.valueOf(1.7976931348623157e308)),
        Arguments.of("tiny double", DoubleNode.valueOf(4.9e-324)),
        Arguments.of("NaN", DoubleNode.valueOf(Double.NaN)),
        Arguments.of("infinity", DoubleNode.valueOf(Double.NEGATIVE_INFINITY)),
        Arguments.of("float", FloatNode.valueOf(0.1f)),
        Arguments.of("exact decimal", DecimalNode.valueOf(new BigDecimal("0.10000000000000000001"))),
        Arguments.of("decimal over the buffer", DecimalNode.valueOf(new BigDecimal("1." + "3".repeat(9000)))),
        Arguments.of("nested", MeasurementCodec.parse(
            "{\"report_id\":\"\",\"test_name\":\"tor\",\"probe_cc\":\"IT\",\"probe_asn\":\"AS1\","
                + "\"measurement_start_time\":\"2020-01-30 16:47:34\",\"b\":[1,-2,3000000000,"
                + "123456789012345678901234567890,1.5e-7,[],{},{\"z\":null,\"A\":true,\"é\":false,"
                + "\"\ud83d\ude00\":1,\"\uff5e\":2}]}").json()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("awkwardValues")
  void streamedDigestEqualsTheDigestOfTheCanonicalBytesForAwkwardValues(String name, JsonNode v) {
    ObjectNode doc = (ObjectNode) MeasurementCodec.parse(MINIMAL).json().deepCopy();
    doc.set("awkward " + name + " \ud83d", v);
    Measurement m = MeasurementCodec.fromJson(doc);
    assertEquals(
        hex(digest("SHA-256", MeasurementCodec.toCanonicalBytes(m.withoutField(UID)))),
        MeasurementCodec.canonicalDigest(m, UID, "SHA-256"));
  }

  private static byte[] digest(String algorithm, byte[] bytes) {
    try {
      return MessageDigest.getInstance(algorithm).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
