package org.cyberwatch.pipelines.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version number compared as PEP 440 orders them, because fastpath compares probe and test
 * versions with Python's {@code packaging.version.Version} ({@code 3.17.0-alpha} is the
 * pre-release {@code 3.17.0a0}, before {@code 3.17.0}). Strings that are not PEP 440 versions
 * cannot be parsed, as in Python.
 *
 * @param epoch epoch ({@code N!}), 0 when absent
 * @param release release numbers without trailing zeros
 * @param preRank 0 alpha, 1 beta, 2 release candidate, -1 none
 * @param pre pre-release number
 * @param post post-release number, -1 when none
 * @param dev dev-release number, -1 when none
 * @param local local version label parts (lower case), empty when none
 */
record Pep440Version(
    long epoch, List<Long> release, int preRank, long pre, long post, long dev, List<String> local)
    implements Comparable<Pep440Version> {

  private static final Pattern SYNTAX = Pattern.compile(
      "v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
          + "(?:[-_.]?(alpha|a|beta|b|preview|pre|rc|c)[-_.]?(\\d+)?)?"
          + "(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?"
          + "(?:[-_.]?(dev)[-_.]?(\\d+)?)?"
          + "(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?");

  Pep440Version {
    release = List.copyOf(release);
    local = List.copyOf(local);
  }

  /**
   * Parses a version.
   *
   * @throws IllegalArgumentException when the text is not a PEP 440 version
   */
  static Pep440Version parse(String text) {
    Matcher m = text == null ? null : SYNTAX.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("version: not a PEP 440 version: '" + text + "'");
    }
    List<Long> release = new ArrayList<>();
    for (String part : m.group(2).split("\\.")) {
      release.add(Long.parseLong(part));
    }
    while (release.size() > 1 && release.get(release.size() - 1) == 0L) {
      release.remove(release.size() - 1);
    }
    long post = m.group(5) != null ? num(m.group(5)) : m.group(6) != null ? num(m.group(7)) : -1;
    List<String> local = m.group(10) == null ? List.of() : List.of(m.group(10).split("[-_.]"));
    return new Pep440Version(
        m.group(1) == null ? 0 : Long.parseLong(m.group(1)), release, preRank(m.group(3)),
        num(m.group(4)), post, m.group(8) == null ? -1 : num(m.group(9)), local);
  }

  @Override
  public int compareTo(Pep440Version o) {
    int c = Long.compare(epoch, o.epoch);
    c = c != 0 ? c : compareRelease(release, o.release);
    c = c != 0 ? c : Long.compare(preKey(), o.preKey());
    c = c != 0 ? c : Long.compare(pre, o.pre);
    c = c != 0 ? c : Long.compare(post, o.post);
    c = c != 0 ? c : Long.compare(devKey(), o.devKey());
    return c != 0 ? c : compareLocal(local, o.local);
  }

  /** True when this version sorts after {@code other}. */
  boolean isAfter(String other) {
    return compareTo(parse(other)) > 0;
  }

  /** True when this version sorts before {@code other}. */
  boolean isBefore(String other) {
    return compareTo(parse(other)) < 0;
  }

  /** Sorts a dev-only release before its pre-releases, a final release after them. */
  private long preKey() {
    if (preRank < 0 && post < 0 && dev >= 0) {
      return Long.MIN_VALUE;
    }
    return preRank < 0 ? Long.MAX_VALUE : preRank;
  }

  private long devKey() {
    return dev < 0 ? Long.MAX_VALUE : dev;
  }

  private static int preRank(String letters) {
    if (letters == null) {
      return -1;
    }
    switch (letters) {
      case "a":
      case "alpha":
        return 0;
      case "b":
      case "beta":
        return 1;
      default:
        return 2;
    }
  }

  private static long num(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static int compareRelease(List<Long> a, List<Long> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Long.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** No local label first; numeric parts above alphanumeric ones; then longer wins. */
  private static int compareLocal(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(!a.isEmpty(), !b.isEmpty());
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String x = a.get(i);
      String y = b.get(i);
      boolean xNum = x.chars().allMatch(Character::isDigit);
      boolean yNum = y.chars().allMatch(Character::isDigit);
      int c = xNum && yNum ? Long.compare(Long.parseLong(x), Long.parseLong(y))
          : xNum != yNum ? Boolean.compare(xNum, yNum) : x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
