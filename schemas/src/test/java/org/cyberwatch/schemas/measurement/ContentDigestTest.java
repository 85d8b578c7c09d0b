package org.cyberwatch.schemas.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The content digest is equal exactly when the canonical forms ({@link
 * MeasurementCodec#toCanonicalBytes}, without the uid) are equal: over every real fixture respelled
 * (member order, whitespace, escapes, number spellings), over every fixture changed in one value,
 * and over awkward values pairwise ({@link ContentDigestPairsTest}).
 */
class ContentDigestTest {
  private static final String UID = "measurement_uid";

  static List<String> fixtures() {
    return OoniFixtures.names();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void aRespelledFixtureHasTheSameCanonicalFormAndTheSameDigest(String fixture) {
    Measurement m = OoniFixtures.measurement(fixture);
    Measurement respelled = MeasurementCodec.parse(JsonRespeller.respell(m.json()));
    assertEquals(
        List.of(canonical(m), MeasurementCodec.contentDigest(m, UID)),
        List.of(canonical(respelled), MeasurementCodec.contentDigest(respelled, UID)));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theDigestWhileParsingIsTheDigestOfTheParsedDocument(String fixture) {
    byte[] json = OoniFixtures.bytes(fixture);
    DigestedMeasurement d = MeasurementCodec.parseWithContentDigest(json, UID);
    Measurement m = MeasurementCodec.parse(json);
    assertEquals(List.of(m, MeasurementCodec.contentDigest(m, UID)),
        List.of(d.measurement(), d.contentDigest()));
  }

  static Stream<Arguments> fixturesAndChanges() {
    return fixtures().stream().flatMap(f -> Stream.of(OneChange.values())
        .map(c -> Arguments.of(f, c)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fixturesAndChanges")
  void aFixtureChangedInOneValueHasAnotherCanonicalFormAndAnotherDigest(
      String fixture, OneChange change) {
    Measurement m = OoniFixtures.measurement(fixture);
    ObjectNode copy = m.json().deepCopy();
    change.apply(copy);
    Measurement changed = MeasurementCodec.fromJson(copy);
    assertEquals(
        List.of(false, false),
        List.of(canonical(m).equals(canonical(changed)),
            MeasurementCodec.contentDigest(m, UID).equals(
                MeasurementCodec.contentDigest(changed, UID))));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void onlyTheRootUidIsLeftOut(String fixture) {
    Measurement m = OoniFixtures.measurement(fixture);
    ObjectNode otherUid = m.json().deepCopy();
    otherUid.put(UID, "20250527233111.802678_ID_tor_0000000000000000");
    ObjectNode nestedUid = m.json().deepCopy();
    ((ObjectNode) nestedUid.get("test_keys")).put(UID, "x");
    assertEquals(
        List.of(true, false, false),
        List.of(
            MeasurementCodec.contentDigest(m, UID).equals(
                MeasurementCodec.contentDigest(MeasurementCodec.fromJson(otherUid), UID)),
            MeasurementCodec.contentDigest(m, UID).equals(
                MeasurementCodec.contentDigest(MeasurementCodec.fromJson(nestedUid), UID)),
            MeasurementCodec.contentDigest(MeasurementCodec.fromJson(otherUid), UID).equals(
                MeasurementCodec.contentDigest(MeasurementCodec.fromJson(otherUid), null))));
  }

  @Test
  void theEncodingFollowsTheDocumentedFormat() {
    JsonNode doc = MeasurementCodec.parse("{\"test_name\":\"tor\",\"report_id\":\"\","
        + "\"probe_cc\":\"IT\",\"probe_asn\":\"AS1\",\"measurement_start_time\":"
        + "\"2020-01-30 16:47:34\",\"test_keys\":{\"b\":[1,-2.5,null,true,false],"
        + "\"a\":\"\u00e9\ud83d\ude00\\ud83d\"},\"measurement_uid\":\"x\"}").json();
    byte[] expected = bytes('{', 6, 22, "measurement_start_time", '"', 19, "2020-01-30 16:47:34",
        9, "probe_asn", '"', 3, "AS1", 8, "probe_cc", '"', 2, "IT", 9, "report_id", '"', 0,
        9, "test_keys", '{', 2,
        1, "a", '"', 9, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0xbd,
        1, "b", '[', 5, '#', 1, "1", '#', 4, "-2.5", "ntf",
        9, "test_name", '"', 3, "tor");
    assertEquals(HexFormat.of().formatHex(expected),
        HexFormat.of().formatHex(ContentDigest.encoding(doc, UID)));
  }

  /** Bytes from ints (one byte each), chars and ASCII strings. */
  private static byte[] bytes(Object... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
      } else {
        out.write(p instanceof Character c ? c : (Integer) p);
      }
    }
    return out.toByteArray();
  }

  @Test
  void theReadmeExampleIsEncodedAsTheReadmeShows() throws Exception {
    JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree("{\"b\":[1,-2.5,null],\"a\":\"\u00e9\"}");
    assertEquals("7b0201612202c3a901625b0323013123042d322e356e",
        HexFormat.of().formatHex(ContentDigest.encoding(doc, null)));
  }

  @Test
  void theDigestIsTheSha256OfTheEncoding() throws Exception {
    Measurement m = OoniFixtures.measurement(fixtures().get(0));
    byte[] sha = MessageDigest.getInstance("SHA-256")
        .digest(ContentDigest.encoding(m.json(), UID));
    assertEquals(HexFormat.of().formatHex(sha), MeasurementCodec.contentDigest(m, UID));
  }

  private static String canonical(Measurement m) {
    return new String(MeasurementCodec.toCanonicalBytes(m.withoutField(UID)),
        StandardCharsets.UTF_8);
  }

  /** One change to a document's {@code test_keys} that changes its canonical form. */
  enum OneChange {
    FIRST_STRING_EXTENDED(k -> k.put(firstName(k, JsonNode::isTextual),
        k.path(firstName(k, JsonNode::isTextual)).asText() + "?")),
    LONG_STRING_WITH_LONE_SURROGATE(k -> k.put("s", "a".repeat(40) + "\ud83d")),
    INTEGER_AS_DOUBLE(k -> k.put("n", 1.0)),
    INTEGER_AS_STRING(k -> k.put("n", "1")),
    NULL_AS_EMPTY_OBJECT(k -> k.putObject("e")),
    EMPTY_ARRAY(k -> k.putArray("e")),
    FIRST_MEMBER_RENAMED(k -> k.set("renamed", k.remove(firstName(k, v -> true)))),
    STRINGS_SPLIT_OTHERWISE(k -> k.putArray("r").add("a").add("bc")),
    FIRST_MEMBER_REMOVED(k -> k.remove(firstName(k, v -> true)));

    private final java.util.function.Consumer<ObjectNode> change;

    OneChange(java.util.function.Consumer<ObjectNode> change) {
      this.change = change;
    }

    void apply(ObjectNode doc) {
      if (!doc.path("test_keys").isObject()) {
        doc.putObject("test_keys");
      }
      change.accept((ObjectNode) doc.get("test_keys"));
    }

    /** The first member whose value passes {@code test}; a name not in the object when none. */
    private static String firstName(ObjectNode keys, Predicate<JsonNode> test) {
      for (var e : keys.properties()) {
        if (test.test(e.getValue())) {
          return e.getKey();
        }
      }
      return "absent";
    }
  }
}
