package org.cyberwatch.schemas.snapshot;

/**
 * One line of a CAIDA RouteViews prefix2as file: a prefix and its origin(s).
 *
 * @param prefix the announced prefix
 * @param origin the origin AS(es)
 */
public record Pfx2AsEntry(IpPrefix prefix, RouteOrigin origin) {

  /** Both parts are required. */
  public Pfx2AsEntry {
    if (prefix == null) {
      throw new IllegalArgumentException("prefix: null");
    }
    if (origin == null) {
      throw new IllegalArgumentException("origin: null");
    }
  }
}
