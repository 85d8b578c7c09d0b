package org.cyberwatch.ingest.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes by method and path template: a template such as {@code /report/{report_id}/close}
 * matches paths with the same number of segments, where {@code {name}} matches any one non-empty
 * segment (decoded; Jetty rejects ambiguous encodings such as {@code %2F} before this).
 */
final class RouteTable {

  /** A route and its template. */
  record Entry(String method, String template, Route route) {}

  /** A match: the entry and the template's parameters. */
  record Match(Entry entry, Map<String, String> params) {}

  private final List<Entry> entries = new ArrayList<>();

  RouteTable add(String method, String template, Route route) {
    entries.add(new Entry(method, template, route));
    return this;
  }

  /** The entry for {@code method} and {@code path}; empty when none matches. */
  Optional<Match> find(String method, String path) {
    for (Entry e : entries) {
      Map<String, String> params = match(e.template(), path);
      if (params != null && e.method().equals(method)) {
        return Optional.of(new Match(e, params));
      }
    }
    return Optional.empty();
  }

  /** Whether some route has this path (so a miss is a wrong method, 405). */
  boolean hasPath(String path) {
    return entries.stream().anyMatch(e -> match(e.template(), path) != null);
  }

  private static Map<String, String> match(String template, String path) {
    String[] t = template.split("/", -1);
    String[] p = path.split("/", -1);
    if (t.length != p.length) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < t.length; i++) {
      if (t[i].startsWith("{") && t[i].endsWith("}")) {
        if (p[i].isEmpty()) {
          return null;
        }
        params.put(t[i].substring(1, t[i].length() - 1), p[i]);
      } else if (!t[i].equals(p[i])) {
        return null;
      }
    }
    return params;
  }
}
