package org.cyberwatch.ingest.checkin;

import java.util.ArrayList;
import java.util.List;

/** Picks test-list URLs for a country: its own list first, then the global one, in file order. */
public final class UrlSelection {

  private UrlSelection() {}

  /**
   * URLs for probes in {@code cc}.
   *
   * @param categories category codes to keep; empty keeps every category
   * @param limit most URLs returned
   */
  public static List<UrlTarget> select(List<UrlTarget> urls, String cc, List<String> categories, int limit) {
    List<UrlTarget> out = new ArrayList<>();
    for (boolean global : new boolean[] {false, true}) {
      for (UrlTarget u : urls) {
        if (out.size() >= limit) {
          return out;
        }
        boolean listed = global ? u.global() : !u.global() && u.countryCode().equals(cc);
        if (listed && (categories.isEmpty() || categories.contains(u.categoryCode()))) {
          out.add(u);
        }
      }
    }
    return out;
  }
}
