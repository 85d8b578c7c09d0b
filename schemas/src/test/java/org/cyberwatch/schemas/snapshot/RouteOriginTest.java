package org.cyberwatch.schemas.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteOriginTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "13335; 13335; false; false",
        "24409_24151_24406; 24409 24151 24406; true; false",
        "6939_1101_25192; 6939 1101 25192; true; false",
        "71,4445,7430,21302; 71 4445 7430 21302; false; true",
        "{271,7860,8111}; 271 7860 8111; false; true",
        "3356_{1,2}; 3356 1 2; true; true",
        "9583_65535; 9583 65535; true; false",
        "4200000000; 4200000000; false; false",
        "1.10; 65546; false; false"
      })
  void parsesSingleMoasAndAsSetOrigins(String text, String asns, boolean moas, boolean asSet) {
    List<Long> expected = Arrays.stream(asns.split(" ")).map(Long::valueOf).toList();
    assertEquals(new RouteOrigin(expected, moas, asSet), RouteOrigin.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "AS13335", "1__2", "1,", "{}", "0", "4294967296", "-5", "12 34"})
  void rejectsWhatIsNotAnOrigin(String text) {
    assertThrows(IllegalArgumentException.class, () -> RouteOrigin.parse(text));
  }

  @ParameterizedTest
  @CsvSource({"24409_24151_24406, 24409", "'71,4445', 71", "13335, 13335"})
  void primaryIsTheFirstListedOrigin(String text, long primary) {
    assertEquals(primary, RouteOrigin.parse(text).primary());
  }
}
