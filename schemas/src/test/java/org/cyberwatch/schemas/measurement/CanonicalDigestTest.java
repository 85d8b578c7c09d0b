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
        hex(MeasurementCodec.canonicalDigest(m, UID, "SHA-256")));
  }

  @ParameterizedTest
  @MethodSource("algorithmsAndOmissions")
  void streamedDigestEqualsTheDigestOfTheCanonicalBytesForAnyAlgorithmAndOmission(
      String algorithm, String omitted) {
    Measurement m = OoniFixtures.measurement(fixtures().get(0));
    Measurement body = omitted == null ? m : m.withoutField(omitted);
    assertEquals(
        hex(digest(algorithm, MeasurementCodec.toCanonicalBytes(body))),
        hex(MeasurementCodec.canonicalDigest(m, omitted, algorithm)));
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
        hex(MeasurementCodec.canonicalDigest(m, UID, "SHA-256")));
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
