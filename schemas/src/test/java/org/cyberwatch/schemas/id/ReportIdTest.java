package org.cyberwatch.schemas.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportIdTest {

  private static final Instant T = Instant.parse("2024-02-14T09:06:17.345Z");

  private static SecureRandom seeded() throws NoSuchAlgorithmException {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(42L);
    return random;
  }

  @Test
  void generatedIdHasTheDocumentedShapeAndParsesBack() throws Exception {
    ReportId id = ReportId.generate(T, "web_connectivity", "IT", 30722, "1", seeded());

    String text = id.toString();

    assertTrue(text.matches("20240214T090617Z_webconnectivity_IT_30722_n1_[0-9A-Za-z]{22}"), text);
    assertEquals(id, ReportId.parse(text));
    assertEquals(Instant.parse("2024-02-14T09:06:17Z"), ReportId.parse(text).time());
  }

  @Test
  void generatedIdsCarryAtLeast128RandomBits() throws Exception {
    ReportId id = ReportId.generate(T, "tor", "DE", 3320, "1", new SecureRandom());

    assertTrue(id.hasStrongRandom());
    assertTrue(id.random().length() * (Math.log(62) / Math.log(2)) >= 128);
  }

  @Test
  void generatedRandomPartsDifferAndUseTheWholeAlphabet() throws Exception {
    SecureRandom random = new SecureRandom();
    List<String> randoms =
        IntStream.range(0, 1000)
            .mapToObj(i -> ReportId.generate(T, "tor", "DE", 3320, "1", random).random())
            .collect(Collectors.toList());

    Set<Integer> chars =
        randoms.stream().flatMapToInt(String::chars).boxed().collect(Collectors.toSet());

    assertEquals(1000, Set.copyOf(randoms).size());
    assertEquals(62, chars.size());
  }

  @ParameterizedTest
  @CsvFileSource(resources = "/fixtures/ooni/rows/fastpath_ids.csv", numLinesToSkip = 1)
  void parsesRealOoniReportIds(String uid, String reportId, String cc, long asn, String testName) {
    ReportId id = ReportId.parse(reportId);

    assertEquals(
        List.of(cc, asn, TestNames.compact(testName), "1", reportId),
        List.of(id.cc(), id.asn(), id.testName(), id.collector(), id.toString()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD",
        "20201202T113539Z_urlgetter_IT_30722_n1_c42SmSf6rGmss4XP",
        "20220622T133208Z_tcpping_IT_30722_n1_tWfDobdbZfWsdwHG",
        "20230320T182635Z_browserweb_CA_577_n1_k3Fvk1o9okE1w7w7"
      })
  void parsesReportIdsOfTheSpecExamples(String text) {
    assertEquals(text, ReportId.parse(text).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "../../etc/passwd",
        "20240214T090617Z_webconnectivity_IT_30722_n1_../../../../etc",
        "20240214T090617Z_web/connectivity_IT_30722_n1_1IvUiXNWHooB5rmD",
        "20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNW\\HooB5rmD",
        "20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNW%2FooB5rmD",
        "20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD/",
        "20240214T090617Z_web_connectivity_IT_30722_n1_1IvUiXNWHooB5rmD",
        "20241314T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD",
        "20240230T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD",
        "20240214T090617Z_webconnectivity_it_30722_n1_1IvUiXNWHooB5rmD",
        "20240214T090617Z_webconnectivity_IT_AS30722_n1_1IvUiXNWHooB5rmD",
        "20240214T090617Z_webconnectivity_IT_99999999999_n1_1IvUiXNWHooB5rmD",
        "20240214T090617Z_webconnectivity_IT_30722_1_1IvUiXNWHooB5rmD",
        "20240214T090617Z_webconnectivity_IT_30722_n1_short",
        "20200111T164924Z_AS30722_lKxNuG9w1Av9hyl49LSGIS0PxoaMq7aMarT8mwBjvnWVBAI5Hc"
      })
  void rejectsAnythingElse(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReportId.parse(text));

    assertTrue(e.getMessage().startsWith("report_id:"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD, true",
    "20200111T164924Z_AS30722_lKxNuG9w1Av9hyl49LSGIS0PxoaMq7aMarT8mwBjvnWVBAI5Hc, true",
    "20190720T201820Z_AS20115_4wkxlgdcVOMs3bn3dJ3tzfFz6axh48W2FgAbyN6YwDBBGDvUor, true",
    "iq0hFnbx4ex7bAvysJBenb9uJAuh7LT02BhDrvIhK6Lpwe7PdCvJ7BHFzm4voYe7, true",
    "'', false",
    "../iq0hFnbx4ex7bAvysJBenb9uJAuh7LT02BhDrvIhK6Lpwe7PdCvJ7BHFzm4voYe7, false",
    "20200111T164924Z_AS30722_short, false"
  })
  void recognisesEveryShapeOoniHasUsed(String text, boolean expected) {
    assertEquals(expected, ReportId.isOoniShaped(text));
  }

  @Test
  void constructorNamesTheFaultyPart() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ReportId(T, "webconnectivity", "IT", 30722, "1", "1IvUiXNWHooB5rmD"));

    assertTrue(e.getMessage().startsWith("time:"), e.getMessage());
  }

  @Test
  void exposesTheProbeAsnInMeasurementForm() {
    ReportId id = ReportId.parse("20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD");

    assertEquals("AS30722", id.probeAsn());
    assertFalse(id.hasStrongRandom());
    assertNotEquals(
        id, ReportId.parse("20240214T090617Z_webconnectivity_IT_30722_n2_1IvUiXNWHooB5rmD"));
  }
}
