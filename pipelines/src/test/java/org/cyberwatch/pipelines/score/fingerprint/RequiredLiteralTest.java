package org.cyberwatch.pipelines.score.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The leading literal of a regular expression: only text every match must start with. */
class RequiredLiteralTest {

  static Stream<Arguments> regexes() {
    return Stream.of(
        // shipped fingerprints (fingerprints_http.csv)
        Arguments.of("<meta name=.*twitter:card", "<meta name="),
        Arguments.of("Set-Cookie:.*domain=\\.", "Set-Cookie:"),
        Arguments.of("URL .* Sp.*er Gate", "URL "),
        Arguments.of("<script>document\\.location = .*https://qua", "<script>document.location = "),
        Arguments.of("<br><br>.* \\+0300", "<br><br>"),
        Arguments.of("You don.t have permission", "You don"),
        Arguments.of("{\"msg\":.*\"id\":", null),
        Arguments.of("\u00ef\u00bf\u00bd.*\u00ef\u00bf\u00bd", null),
        // quantifiers, alternation, classes, flags
        Arguments.of("abcd*e", "abc"),
        Arguments.of("abcd?e", "abc"),
        Arguments.of("abcd{2}", "abc"),
        Arguments.of("abcd+", "abcd"),
        Arguments.of("abc|xyz", null),
        Arguments.of("(?i)abcdef", null),
        Arguments.of("ab[cd]ef", null),
        Arguments.of("abc\\d+", "abc"),
        Arguments.of("a\\.b\\.c", "a.b.c"),
        Arguments.of("^abc", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regexes")
  void theLiteralIsWhatEveryMatchStartsWith(String regex, String literal) {
    assertEquals(literal, RequiredLiteral.of(regex));
  }

  static Stream<Arguments> matches() {
    return Stream.of(
        Arguments.of("abcd*e", "xx abce yy"),
        Arguments.of("abcd?e", "abce"),
        Arguments.of("abcd{0,2}e", "abce"),
        Arguments.of("a\\.b\\.c.*z", "-a.b.c-z"),
        Arguments.of("URL .* Sp.*er Gate", "see URL x Spider Gate"));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("matches")
  void aValueThatMatchesContainsTheLiteral(String regex, String value) {
    assertEquals(true, Pattern.compile(regex).matcher(value).find()
        && value.contains(RequiredLiteral.of(regex)));
  }
}
