package org.cyberwatch.pipelines.score.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python regular expressions of the fingerprint lists, translated for java.util.regex. */
class PythonRegexTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"msg\":.*\"id\":|\\{\"msg\":.*\"id\":",
    "a{2}b{1,3}c{2,}|a{2}b{1,3}c{2,}",
    "a{,3}|a{0,3}",
    "a{}|a\\{}",
    "[{]x|[{]x",
    "[[]x|[\\[]x",
    "[]{]x|[]{]x",
    "(?P<n>a)(?P=n)|(?<n>a)\\k<n>",
    "end\\Z|end\\z",
    "U\\.S\\..*Command|U\\.S\\..*Command"
  })
  void translatesPythonOnlySyntax(String python, String java) {
    assertEquals(java, PythonRegex.toJava(python));
  }
}
