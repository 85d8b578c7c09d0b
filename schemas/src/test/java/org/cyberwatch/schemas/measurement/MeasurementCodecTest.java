package org.cyberwatch.schemas.measurement;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementCodecTest {

  private static final String MINIMAL =
      "{\"report_id\":\"\",\"test_name\":\"tor\",\"probe_cc\":\"IT\",\"probe_asn\":\"AS30722\","
          + "\"measurement_start_time\":\"2020-01-30 16:47:34\"";

  static List<String> fixtures() {
    return OoniFixtures.names();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readingThenWritingGivesAnEqualJsonValue(String fixture) {
    byte[] input = OoniFixtures.bytes(fixture);

    byte[] output = MeasurementCodec.toBytes(MeasurementCodec.parse(input));

    assertTrue(JsonValues.equal(input, output), fixture + " changed in a round trip");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theCanonicalTextIsTheCanonicalBytesDecoded(String fixture) {
    JsonNode json = MeasurementCodec.parse(OoniFixtures.bytes(fixture)).json();

    String text = MeasurementCodec.canonicalText(json);

    assertEquals(new String(MeasurementCodec.canonicalBytes(json), UTF_8), text);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void writingKeepsTheInputMemberOrder(String fixture) {
    byte[] input = OoniFixtures.bytes(fixture);

    byte[] output = MeasurementCodec.toBytes(MeasurementCodec.parse(input));

    assertEquals(memberNames(JsonValues.read(input)), memberNames(JsonValues.read(output)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"vanilla_tor.json", "vanilla_tor_ok.json"})
  void compactFixturesRoundTripByteForByte(String fixture) {
    String input = new String(OoniFixtures.bytes(fixture), UTF_8).strip();

    assertEquals(input, MeasurementCodec.toJsonString(MeasurementCodec.parse(input)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.7608076929999998 | 1.7608076929999998",
        "0.35740000000037253 | 0.35740000000037253",
        "1.23456789012345678901 | 1.23456789012345678901",
        "1e400 | 1E+400",
        "0.1 | 0.1",
        "-0.0 | -0.0",
        "12345678901234567890123 | 12345678901234567890123",
        "42 | 42",
        "2.50 | 2.5"
      })
  void numbersKeepTheirValueAndIntegersStayIntegers(String number, String written) {
    String json = MINIMAL + ",\"x\":" + number + "}";

    String out = MeasurementCodec.toJsonString(MeasurementCodec.parse(json));

    assertEquals(MINIMAL + ",\"x\":" + written + "}", out);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void canonicalFormSortsMembersAtEveryLevelWithoutWhitespace(String fixture) {
    byte[] input = OoniFixtures.bytes(fixture);

    byte[] canonical = MeasurementCodec.toCanonicalBytes(MeasurementCodec.parse(input));

    JsonNode tree = JsonValues.read(canonical);
    assertTrue(JsonValues.equal(input, canonical), "value changed");
    assertTrue(sortedEverywhere(tree), "members not sorted");
    assertFalse(hasWhitespaceOutsideStrings(canonical), "insignificant whitespace");
  }

  @Test
  void canonicalFormDoesNotDependOnMemberOrderAndIsIdempotent() {
    Measurement m = OoniFixtures.measurement("ts-017-web-connectivity.example.json");
    List<Map.Entry<String, JsonNode>> members = new ArrayList<>(m.json().properties());
    Collections.shuffle(members, new Random(7));
    ObjectNode shuffled = m.json().objectNode();
    members.forEach(e -> shuffled.set(e.getKey(), e.getValue().deepCopy()));

    byte[] canonical = MeasurementCodec.toCanonicalBytes(m);

    assertArrayEquals(
        canonical, MeasurementCodec.toCanonicalBytes(MeasurementCodec.fromJson(shuffled)));
    assertArrayEquals(
        canonical, MeasurementCodec.toCanonicalBytes(MeasurementCodec.parse(canonical)));
    assertFalse(
        MeasurementCodec.toJsonString(m).equals(new String(canonical, UTF_8)),
        "fixture is not in canonical order to start with");
  }

  @Test
  void writeToStreamsTheSameBytesAsToBytes() throws IOException {
    Measurement m = OoniFixtures.measurement("ts-023-tor.example.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    MeasurementCodec.writeTo(m, out);

    assertArrayEquals(MeasurementCodec.toBytes(m), out.toByteArray());
  }

  @Test
  void parsingASliceReadsOnlyThatSlice() {
    byte[] json = (MINIMAL + "}").getBytes(UTF_8);
    byte[] padded = new byte[json.length + 10];
    System.arraycopy(json, 0, padded, 5, json.length);

    Measurement m = MeasurementCodec.parse(padded, 5, json.length);

    assertEquals("tor", m.testName());
  }

  @Test
  void malformedJsonNamesTheDocumentAndShowsWhereItBroke() {
    MeasurementParseException e =
        assertThrows(
            MeasurementParseException.class,
            () -> MeasurementCodec.parse(MINIMAL + ",\"test_keys\":{\"a\":tru}}"));

    assertEquals(MeasurementParseException.DOCUMENT, e.field());
    assertTrue(e.snippet().contains("tru"), e.snippet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "\"text\"", "", "{\"a\":1} {\"b\":2}", "{\"a\":1"})
  void rejectsAnythingButOneJsonObject(String json) {
    MeasurementParseException e =
        assertThrows(MeasurementParseException.class, () -> MeasurementCodec.parse(json));

    assertEquals(MeasurementParseException.DOCUMENT, e.field());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "probe_cc | \"it\" | \"it\"",
        "probe_cc | 12 | 12",
        "probe_asn | \"30722\" | \"30722\"",
        "probe_asn | \"AS99999999999\" | \"AS99999999999\"",
        "test_name | \"Web Connectivity\" | \"Web Connectivity\"",
        "test_name | null | null",
        "report_id | 7 | 7",
        "measurement_start_time | \"2020-13-30 16:47:34\" | 2020-13-30 16:47:34",
        "measurement_start_time | \"yesterday\" | yesterday",
        "test_keys | [] | []",
        "annotations | \"x\" | \"x\"",
        "software_name | {} | {}"
      })
  void rejectsABadEnvelopeFieldNamingItWithItsValue(String field, String value, String snippet) {
    ObjectNode json = (ObjectNode) JsonValues.read((MINIMAL + "}").getBytes(UTF_8));
    json.set(field, JsonValues.read(value.getBytes(UTF_8)));

    MeasurementParseException e =
        assertThrows(
            MeasurementParseException.class, () -> MeasurementCodec.parse(json.toString()));

    assertEquals(field, e.field());
    assertEquals(snippet, e.snippet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"report_id", "test_name", "probe_cc", "probe_asn"})
  void rejectsAMissingRequiredField(String field) {
    ObjectNode json = (ObjectNode) JsonValues.read((MINIMAL + "}").getBytes(UTF_8));
    json.remove(field);

    MeasurementParseException e =
        assertThrows(
            MeasurementParseException.class, () -> MeasurementCodec.parse(json.toString()));

    assertEquals(field, e.field());
  }

  @Test
  void requiresAStartTime() {
    String json = MINIMAL.replace(",\"measurement_start_time\":\"2020-01-30 16:47:34\"", "") + "}";

    MeasurementParseException e =
        assertThrows(MeasurementParseException.class, () -> MeasurementCodec.parse(json));

    assertEquals("measurement_start_time", e.field());
  }

  @Test
  void snippetsAreShortened() {
    String longName = "x".repeat(500);
    MeasurementParseException e =
        assertThrows(
            MeasurementParseException.class,
            () -> MeasurementCodec.parse(MINIMAL.replace("\"tor\"", "\"" + longName + "\"") + "}"));

    assertEquals("test_name", e.field());
    assertEquals(80, e.snippet().length());
  }

  private static boolean hasWhitespaceOutsideStrings(byte[] json) {
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString && b == '\\') {
        i++;
      } else if (b == '"') {
        inString = !inString;
      } else if (!inString && (b == ' ' || b == '\n' || b == '\r' || b == '\t')) {
        return true;
      }
    }
    return false;
  }

  private static List<String> memberNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static boolean sortedEverywhere(JsonNode node) {
    if (node.isObject()) {
      String previous = null;
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if ((previous != null && previous.compareTo(name) >= 0)
            || !sortedEverywhere(node.get(name))) {
          return false;
        }
        previous = name;
      }
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        if (!sortedEverywhere(child)) {
          return false;
        }
      }
    }
    return true;
  }
}
