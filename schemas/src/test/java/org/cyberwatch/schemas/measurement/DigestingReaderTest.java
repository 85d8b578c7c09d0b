package org.cyberwatch.schemas.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The digest written while parsing ({@link MeasurementCodec#parseWithContentDigest}) equals the
 * digest walked from the parsed tree ({@link MeasurementCodec#contentDigest}), for respelled real
 * fixtures and for documents that exercise reordering (members in place before and after the
 * moved ones), counts over one varint byte, repeated names, the left-out member, and long or
 * non-ASCII names and strings.
 */
class DigestingReaderTest {
  private static final String UID = "measurement_uid";

  static Stream<Arguments> documents() {
    Stream<Arguments> awkward = Stream.of(
        Arguments.of("repeated members", withValue("{\"b\":1,\"a\":2,\"b\":{\"c\":1,\"c\":[3]}}")),
        Arguments.of("repeated uid", "{\"measurement_uid\":\"a\"," + withValue("1").substring(1)),
        Arguments.of("200 unsorted members", withValue(IntStream.range(0, 200)
            .mapToObj(i -> "\"k" + (199 - i) + "\":" + i).collect(Collectors.joining(",", "{", "}")))),
        Arguments.of("20000 elements", withValue(IntStream.range(0, 20000)
            .mapToObj(i -> "[" + i + ",\"s\"]").collect(Collectors.joining(",", "[", "]")))),
        Arguments.of("nested uid", withValue("{\"measurement_uid\":\"inner\",\"a\":[]}")),
        Arguments.of("escaped names", withValue("{\"\\u0062\":1,\"\u00e9\":2,\"a\":3,\"\\ud83d\":4}")),
        Arguments.of("whitespace", " { \"b\" : [ 1 , { } ] ,\n\t\"a\" : \"x\" ," + withValue("2")
            .substring(1)),
        Arguments.of("in place around an unsorted middle", withValue(
            "{\"a\":1,\"b\":{\"d\":2,\"c\":3},\"e\":[4],\"d\":5,\"f\":6,\"g\":7}")),
        Arguments.of("uid between sorted members",
            "{\"a\":1,\"b\":2,\"measurement_uid\":\"u\",\"c\":3," + withValue("0").substring(1)),
        Arguments.of("uid last, the rest sorted", "{\"measurement_start_time\":\"2020-01-30 16:47:34\","
            + "\"probe_asn\":\"AS1\",\"probe_cc\":\"IT\",\"report_id\":\"\",\"test_name\":\"tor\","
            + "\"measurement_uid\":\"u\"}"),
        Arguments.of("long names and strings", withValue("{\"" + "n".repeat(40) + "\":\""
            + "ascii ".repeat(30) + "\",\"" + "\u00e9".repeat(40) + "\":\"" + "caf\u00e9 ".repeat(30)
            + "\",\"m\":\"" + "why? ".repeat(10) + "\\ud800 \\udc00\\ud83d\\ude00\"}")),
        Arguments.of("non-finite and long numbers", withValue("[1e400,-1e400,0.1000000000000000055,"
            + "12345678901234567890123,-0,-0.0,4.9e-324]")));
    Stream<Arguments> fixtures = OoniFixtures.names().stream().map(f -> Arguments.of(f,
        new String(JsonRespeller.respell(OoniFixtures.measurement(f).json()),
            StandardCharsets.UTF_8)));
    return Stream.concat(awkward, fixtures);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theDigestWhileParsingIsTheDigestOfTheTree(String name, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Measurement m = MeasurementCodec.parse(bytes);
    DigestedMeasurement d = MeasurementCodec.parseWithContentDigest(bytes, UID);
    assertEquals(
        List.of(m, MeasurementCodec.contentDigest(m, UID), MeasurementCodec.contentDigest(m, null)),
        List.of(d.measurement(), d.contentDigest(),
            MeasurementCodec.parseWithContentDigest(bytes, null).contentDigest()));
  }

  private static String withValue(String value) {
    return "{\"test_name\":\"tor\",\"report_id\":\"\",\"probe_cc\":\"IT\","
        + "\"measurement_uid\":\"20250527233111.802678_ID_tor_5a37ec909dbf14e3\","
        + "\"probe_asn\":\"AS1\",\"test_keys\":{\"v\":" + value + ",\"a\":1},"
        + "\"measurement_start_time\":\"2020-01-30 16:47:34\"}";
  }
}
