package org.cyberwatch.probe.measure.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document {@code http_vs_https} fetches: a host (name or IP literal) and a path with optional
 * query. Parsed from {@code host/path} or an {@code http://} or {@code https://} URL without port.
 *
 * @param host host name or IP literal (IPv6 in brackets)
 * @param pathAndQuery absolute path, with query if any
 */
public record WebDocument(String host, String pathAndQuery) {

  private static final Pattern INPUT =
      Pattern.compile("^(?:https?://)?([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(/[^\\s#]*)?$");

  public WebDocument {
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("host must not be empty");
    }
    if (pathAndQuery == null || !pathAndQuery.startsWith("/")) {
      throw new IllegalArgumentException("pathAndQuery must start with /: " + pathAndQuery);
    }
  }

  /** Parses {@code host/path}, {@code http://host/path} or {@code https://host/path}. */
  public static WebDocument parse(String input) {
    Matcher m = input == null ? null : INPUT.matcher(input);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("input must be host/path or an http(s) URL without "
          + "port: " + input);
    }
    return new WebDocument(m.group(1), m.group(2) == null ? "/" : m.group(2));
  }

  /** The URL of this document with {@code scheme} on {@code port} (default ports left out). */
  URI uri(String scheme, int port) {
    boolean standard = scheme.equals("http") ? port == 80 : port == 443;
    try {
      return new URI(scheme + "://" + host + (standard ? "" : ":" + port) + pathAndQuery);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL path: " + pathAndQuery, e);
    }
  }
}
