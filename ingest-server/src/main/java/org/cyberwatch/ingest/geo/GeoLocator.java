package org.cyberwatch.ingest.geo;

/**
 * Geolocation of client and endpoint addresses from local data only (never a network lookup).
 * Implementations are thread-safe.
 */
public interface GeoLocator {

  /** A locator that knows nothing (no snapshots configured). */
  GeoLocator UNKNOWN = ip -> GeoInfo.UNKNOWN;

  /**
   * What is known about {@code ip}; {@link GeoInfo#UNKNOWN} for private, special-purpose or
   * unrouted addresses.
   *
   * @throws IllegalArgumentException when {@code ip} is not an IP address literal
   */
  GeoInfo locate(String ip);
}
