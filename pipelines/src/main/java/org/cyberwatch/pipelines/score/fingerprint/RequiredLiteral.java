package org.cyberwatch.pipelines.score.fingerprint;

/**
 * The literal text every match of a (Python-syntax) regular expression starts with, when the
 * expression begins with one: then a value that does not contain it cannot match, and the
 * expression need not run. Conservative: only printable ASCII, no alternation anywhere, a literal
 * made optional or repeated by a quantifier is left out, and escapes count only for punctuation.
 */
final class RequiredLiteral {
  /** Shorter literals are not worth a keyword. */
  static final int MIN_LENGTH = 3;
  private static final String SPECIAL = ".^$*+?{}[]()|\\";

  private RequiredLiteral() {}

  /** The literal prefix of at least {@value #MIN_LENGTH} chars, or null. */
  static String of(String regex) {
    if (regex.indexOf('|') >= 0) {
      return null;
    }
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length() && isEscapedPunctuation(regex.charAt(i + 1))) {
        c = regex.charAt(++i);
      } else if (SPECIAL.indexOf(c) >= 0) {
        break;
      } else if (c < 0x20 || c >= 0x7f) {
        break;
      }
      if (i + 1 < regex.length() && "*?{".indexOf(regex.charAt(i + 1)) >= 0) {
        break; // an optional or counted char: the literal ends before it
      }
      literal.append(c);
    }
    return literal.length() >= MIN_LENGTH ? literal.toString() : null;
  }

  private static boolean isEscapedPunctuation(char c) {
    return SPECIAL.indexOf(c) >= 0 || c == '/' || c == '-' || c == '"' || c == '\'' || c == ' ';
  }
}
