package org.cyberwatch.pipelines.score;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PEP 440 ordering as Python's packaging.version implements it. */
class Pep440VersionTest {

  @ParameterizedTest(name = "{0} < {1}")
  @CsvSource({
    "0.2.2, 0.2.3", "0.2.3, 0.2.10", "3.17.0-alpha, 3.17.0", "3.17.0a1, 3.17.0b0",
    "3.17.0b2, 3.17.0rc1", "3.17.0rc1, 3.17.0", "3.17.0.dev1, 3.17.0a0", "3.17.0, 3.17.0.post1",
    "3.17.0, 3.17.0+local", "3.17.0-alpha.1, 3.17.2", "2.0, 1!0.1", "v0.4.3, 0.5"
  })
  void sortsAsPackagingDoes(String lower, String higher) {
    assertTrue(Pep440Version.parse(lower).compareTo(Pep440Version.parse(higher)) < 0);
  }

  @ParameterizedTest
  @CsvSource({"0.2.3, 0.2.3.0", "1.0rc1, 1.0c1", "1.0a, 1.0alpha0", "1.0-1, 1.0post1"})
  void equalSpellingsCompareEqual(String a, String b) {
    assertTrue(Pep440Version.parse(a).compareTo(Pep440Version.parse(b)) == 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "latest", "3.17.x", "1..2"})
  void nonVersionIsRejected(String text) {
    assertThrows(IllegalArgumentException.class, () -> Pep440Version.parse(text));
  }
}
