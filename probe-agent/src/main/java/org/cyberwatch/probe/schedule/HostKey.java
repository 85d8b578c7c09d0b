package org.cyberwatch.probe.schedule;

import java.net.URI;
import java.util.Locale;

/**
 * The host an input points at ({@code 192.0.2.1} for {@code 192.0.2.1:443}, {@code 2001:db8::1}
 * for {@code [2001:db8::1]:443}, the host of a URL): politeness limits apply per host, whatever the
 * test.
 */
final class HostKey {
  private HostKey() {}

  static String of(String input) {
    String s = input.strip().toLowerCase(Locale.ROOT);
    int scheme = s.indexOf("://");
    if (scheme > 0) {
      try {
        String host = URI.create(s).getHost();
        if (host != null) {
          return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        }
      } catch (IllegalArgumentException e) {
        return s;
      }
    }
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      return close > 0 ? s.substring(1, close) : s;
    }
    int colon = s.indexOf(':');
    if (colon > 0 && colon == s.lastIndexOf(':')) {
      return s.substring(0, colon);
    }
    int slash = s.indexOf('/');
    return slash > 0 ? s.substring(0, slash) : s;
  }
}
