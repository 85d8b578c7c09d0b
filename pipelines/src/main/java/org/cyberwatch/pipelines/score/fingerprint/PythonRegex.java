package org.cyberwatch.pipelines.score.fingerprint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the regular expressions of the fingerprint lists, which are written for Python's
 * {@code re}, with {@link java.util.regex}. The dialects differ where the lists need it: Python
 * reads a {@code {} that does not start a valid repetition as a literal brace (Java rejects it),
 * accepts {@code {,m}}, names groups {@code (?P<name>...)} and back-references them {@code
 * (?P=name)}, and ends input with {@code \Z}.
 */
final class PythonRegex {

  private static final Pattern REPEAT = Pattern.compile("\\{(\\d*)(,(\\d*))?}");

  private PythonRegex() {}

  /**
   * Compiles a Python regular expression.
   *
   * @throws java.util.regex.PatternSyntaxException when it is not valid
   */
  static Pattern compile(String python) {
    return Pattern.compile(toJava(python));
  }

  static String toJava(String p) {
    StringBuilder out = new StringBuilder(p.length() + 8);
    boolean inClass = false;
    int classStart = -1;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length()) {
        char next = p.charAt(++i);
        out.append(next == 'Z' && !inClass ? "\\z" : "\\" + next);
      } else if (inClass) {
        if (c == '^' && out.length() == classStart) {
          classStart++;
        } else {
          inClass = c != ']' || out.length() == classStart;
        }
        out.append(c == '[' ? "\\[" : String.valueOf(c));
      } else if (c == '[') {
        inClass = true;
        out.append(c);
        classStart = out.length();
      } else if (c == '{') {
        i = brace(p, i, out);
      } else if (p.startsWith("(?P<", i)) {
        out.append("(?<");
        i += 3;
      } else if (p.startsWith("(?P=", i) && p.indexOf(')', i) > 0) {
        int end = p.indexOf(')', i);
        out.append("\\k<").append(p, i + 4, end).append('>');
        i = end;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Appends a repetition (normalised) or a literal brace; returns the last index consumed. */
  private static int brace(String p, int i, StringBuilder out) {
    Matcher m = REPEAT.matcher(p).region(i, p.length());
    if (!m.lookingAt() || (m.group(1).isEmpty() && m.group(2) == null)) {
      out.append("\\{");
      return i;
    }
    out.append('{').append(m.group(1).isEmpty() ? "0" : m.group(1));
    if (m.group(2) != null) {
      out.append(',').append(m.group(3));
    }
    out.append('}');
    return m.end() - 1;
  }
}
