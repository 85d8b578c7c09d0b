package org.cyberwatch.schemas.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdPartsTest {

  @ParameterizedTest
  @CsvSource({
    "web_connectivity, webconnectivity",
    "http_header_field_manipulation, httpheaderfieldmanipulation",
    "tor, tor",
    "webconnectivity, webconnectivity"
  })
  void compactTestNamesDropUnderscores(String wire, String compact) {
    assertEquals(compact, TestNames.compact(wire));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "___", "Web_Connectivity", "web connectivity", "../tor", "tor/x"})
  void rejectsTestNamesThatAreNotPathSafe(String name) {
    assertThrows(IllegalArgumentException.class, () -> TestNames.compact(name));
  }

  @ParameterizedTest
  @CsvSource({"AS30722, 30722", "AS0, 0", "AS4294967295, 4294967295"})
  void parsesAsns(String text, long number) {
    assertEquals(number, Asn.parse(text).number());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"30722", "as30722", "AS", "AS-1", "AS4294967296", "AS12345678901", "AS1x"})
  void rejectsMalformedAsns(String text) {
    assertThrows(IllegalArgumentException.class, () -> Asn.parse(text));
  }

  @ParameterizedTest
  @CsvSource({
    "IT, true",
    "ZZ, true",
    "it, false",
    "I, false",
    "ITA, false",
    "I1, false",
    "'', false"
  })
  void countryCodesAreTwoUpperCaseLetters(String cc, boolean valid) {
    assertEquals(valid, CountryCodes.isValid(cc));
  }
}
