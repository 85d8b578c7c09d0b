package org.cyberwatch.probe.measure.path;

import java.util.regex.Pattern;

/** Input syntax of the path tests: a host name or an IP address literal (IPv6 without brackets). */
final class PathTargets {

  private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9_.:-]{1,253}$");

  private PathTargets() {}

  static String requireHost(String input) {
    if (input == null || !HOST.matcher(input).matches() || input.startsWith("-")) {
      throw new IllegalArgumentException("input must be a host name or an IP address: " + input);
    }
    return input;
  }
}
