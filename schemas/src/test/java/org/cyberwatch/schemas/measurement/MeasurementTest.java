package org.cyberwatch.schemas.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MeasurementTest {

  private static final String WEB = "ts-017-web-connectivity.example.json";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "ts-017-web-connectivity.example.json |"
            + " 20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD | web_connectivity |"
            + " IT | AS30722 | 30722 | https://www.example.com/ | 2024-02-14T09:06:17 | miniooni |"
            + " 3.21.0-alpha | 0.5.28 | 0.2.0 | AS13335 | 162.158.131.11",
        "20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3.json |"
            + " 20250527T233104Z_webconnectivity_ID_23693_n1_Ukv1uRt9GZcoX2jT | web_connectivity |"
            + " ID | AS23693 | 23693 | http://archive.org | 2025-05-27T23:31:08 | ooniprobe-android"
            + " | 5.0.6 | 0.4.3 | 0.2.0 | AS1288 | 66.185.119.247",
        "ts-015-psiphon.example.json |"
            + " 20200111T164924Z_AS30722_lKxNuG9w1Av9hyl49LSGIS0PxoaMq7aMarT8mwBjvnWVBAI5Hc |"
            + " psiphon | IT | AS30722 | 30722 | - | 2020-01-11T16:49:24 | miniooni | 0.1.0-dev |"
            + " 0.3.2 | 0.3.4 | AS15169 | 172.217.34.2",
        "browser_web.json | 20230320T182635Z_browserweb_CA_577_n1_k3Fvk1o9okE1w7w7 | browser_web |"
            + " CA | AS577 | 577 | https://www.viber.com/ | 2023-03-20T18:27:02 | ooniprobe-web |"
            + " 0.1.0 | 0.1.0 | 0.2.0 | - | -",
        "torsf_1.json | '' | torsf | IT | AS30722 | 30722 | - | 2021-07-14T09:56:16 | miniooni"
            + " | 3.11.0-alpha | 0.1.0 | 0.2.0 | AS30722 | 5.90.15.248"
      })
  void typedAccessorsReadTheEnvelope(
      String fixture,
      String reportId,
      String testName,
      String cc,
      String asn,
      long asnNumber,
      String input,
      LocalDateTime start,
      String softwareName,
      String softwareVersion,
      String testVersion,
      String dataFormatVersion,
      String resolverAsn,
      String resolverIp) {
    Measurement m = OoniFixtures.measurement(fixture);

    assertEquals(
        List.of(
            reportId,
            testName,
            cc,
            asn,
            asnNumber,
            String.valueOf(input),
            start,
            softwareName,
            softwareVersion,
            testVersion,
            dataFormatVersion,
            String.valueOf(resolverAsn),
            String.valueOf(resolverIp)),
        List.of(
            m.reportId(),
            m.testName(),
            m.probeCc(),
            m.probeAsn(),
            m.probeAsnNumber(),
            String.valueOf(m.input()),
            m.measurementStartTime(),
            m.softwareName(),
            m.softwareVersion(),
            m.testVersion(),
            m.dataFormatVersion(),
            String.valueOf(m.resolverAsn()),
            String.valueOf(m.resolverIp())));
  }

  @Test
  void startTimeFallsBackToTestStartTimeForOldMeasurements() {
    Measurement m = OoniFixtures.measurement("ts-009-multi-protocol-traceroute.example.json");

    assertNull(m.measurementStartTime());
    assertEquals(LocalDateTime.parse("2015-11-13T10:46:54"), m.startTime());
    assertEquals(Instant.parse("2015-11-13T10:46:54Z"), m.startInstant());
  }

  @Test
  void compactTestNameDropsUnderscores() {
    assertEquals("webconnectivity", OoniFixtures.measurement(WEB).compactTestName());
  }

  @Test
  void testKeysAndAnnotationsAreViewsOfTheDocument() {
    Measurement m = OoniFixtures.measurement(WEB);

    assertSame(m.json().get("test_keys"), m.testKeys());
    assertEquals("ooniprobe-engine", m.annotations().get("engine_name").textValue());
    assertTrue(m.field("no_such_member").isMissingNode());
  }

  static Stream<Arguments> mutations() {
    return Stream.of(
        Arguments.of(
            "put on the root", (Consumer<Measurement>) m -> m.json().put("probe_cc", "DE")),
        Arguments.of(
            "remove on the root", (Consumer<Measurement>) m -> m.json().remove("test_keys")),
        Arguments.of(
            "removeAll on test_keys",
            (Consumer<Measurement>) m -> ((ObjectNode) m.testKeys()).removeAll()),
        Arguments.of(
            "setValue on a member entry",
            (Consumer<Measurement>)
                m -> m.testKeys().properties().iterator().next().setValue(TextNode.valueOf("x"))),
        Arguments.of(
            "add to a nested array",
            (Consumer<Measurement>) m -> ((ArrayNode) m.testKeys().get("queries")).add(1)),
        Arguments.of(
            "put in an object inside an array",
            (Consumer<Measurement>)
                m ->
                    ((ObjectNode) m.testKeys().get("queries").get(0))
                        .put("hostname", "x.example")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void theDocumentCannotBeModifiedThroughAnyView(String what, Consumer<Measurement> mutation) {
    Measurement m = OoniFixtures.measurement(WEB);

    assertThrows(UnsupportedOperationException.class, () -> mutation.accept(m));

    assertEquals(OoniFixtures.measurement(WEB), m);
  }

  @Test
  void aDeepCopyOfAViewIsAnOrdinaryMutableTree() {
    JsonNode copy = OoniFixtures.measurement(WEB).testKeys().deepCopy();

    ((ObjectNode) copy).put("extra", 1);

    assertEquals(1, copy.get("extra").intValue());
  }

  @Test
  void aMutableTreePassedInIsCopied() {
    ObjectNode source = (ObjectNode) JsonValues.read(OoniFixtures.bytes(WEB));
    Measurement m = new Measurement(source);

    source.put("probe_cc", "DE");
    ((ObjectNode) source.get("test_keys")).put("added", true);

    assertEquals("IT", m.probeCc());
    assertFalse(m.testKeys().has("added"));
  }

  @Test
  void withMeasurementUidAppendsTheUidAndLeavesTheOriginalAlone() {
    Measurement m = OoniFixtures.measurement(WEB);
    String uid = "20240214090618.123456_IT_webconnectivity_0123456789abcdef";

    Measurement stamped = m.withMeasurementUid(uid);

    assertNull(m.measurementUid());
    assertEquals(uid, stamped.measurementUid());
    assertEquals("measurement_uid", lastMemberName(stamped));
    assertSame(m.testKeys(), stamped.testKeys());
  }

  @Test
  void withMeasurementUidReplacesAnExistingUidInPlace() {
    Measurement m =
        OoniFixtures.measurement(WEB)
            .withMeasurementUid("20240214090618.123456_IT_webconnectivity_0123456789abcdef")
            .withField("later", TextNode.valueOf("x"));

    Measurement restamped =
        m.withMeasurementUid("20240214090619.000001_IT_webconnectivity_fedcba9876543210");

    assertEquals("later", lastMemberName(restamped));
    assertEquals(
        "20240214090619.000001_IT_webconnectivity_fedcba9876543210", restamped.measurementUid());
  }

  @Test
  void withProbeIpScrubbedReplacesTheProbeAddress() {
    Measurement m =
        OoniFixtures.measurement(WEB).withField("probe_ip", TextNode.valueOf("93.184.216.34"));

    Measurement scrubbed = m.withProbeIpScrubbed();

    assertEquals("93.184.216.34", m.probeIp());
    assertEquals("127.0.0.1", scrubbed.probeIp());
    assertSame(scrubbed, scrubbed.withProbeIpScrubbed());
  }

  @Test
  void withProbeIpScrubbedLeavesAMeasurementWithoutProbeIpUnchanged() {
    Measurement m = OoniFixtures.measurement("browser_web.json");

    assertSame(m, m.withProbeIpScrubbed());
  }

  @Test
  void withFieldStillValidatesTheEnvelope() {
    Measurement m = OoniFixtures.measurement(WEB);

    MeasurementParseException e =
        assertThrows(
            MeasurementParseException.class,
            () -> m.withField("probe_cc", TextNode.valueOf("Italy")));

    assertEquals("probe_cc", e.field());
  }

  @Test
  void withoutFieldRemovesOneMember() {
    Measurement m = OoniFixtures.measurement(WEB);

    Measurement without = m.withoutField("test_helpers");

    assertFalse(without.json().has("test_helpers"));
    assertEquals(m.json().size() - 1, without.json().size());
    assertSame(without, without.withoutField("test_helpers"));
  }

  @Test
  void inputThatIsNotAStringIsGivenAsJsonText() {
    Measurement m =
        OoniFixtures.measurement(WEB)
            .withField("input", JsonValues.read("[\"a\",\"b\"]".getBytes()));

    assertEquals("[\"a\",\"b\"]", m.input());
  }

  @Test
  void equalityIsDocumentEquality() {
    Measurement a = OoniFixtures.measurement(WEB);

    assertEquals(a, OoniFixtures.measurement(WEB));
    assertEquals(a.hashCode(), OoniFixtures.measurement(WEB).hashCode());
    assertNotEquals(a, a.withField("x", TextNode.valueOf("y")));
  }

  @Test
  void toStringNamesTheMeasurementWithoutItsBody() {
    Measurement m =
        OoniFixtures.measurement(WEB).withField("probe_ip", TextNode.valueOf("93.184.216.34"));

    String text = m.toString();

    assertTrue(
        text.contains("20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD"), text);
    assertFalse(text.contains("93.184.216.34"), text);
  }

  private static String lastMemberName(Measurement m) {
    List<String> names = new ArrayList<>();
    m.json().fieldNames().forEachRemaining(names::add);
    return names.get(names.size() - 1);
  }
}
