package org.cyberwatch.schemas.snapshot;

import java.io.Serializable;

/**
 * Who delegated an address block or AS number and to which country, per the RIR delegated
 * statistics.
 *
 * @param registry the RIR ({@code apnic}, {@code ripencc}, …)
 * @param cc ISO 3166 alpha-2 code of the holder
 */
public record RirCountry(String registry, String cc) implements Serializable {

  /** Both are required. */
  public RirCountry {
    if (registry == null || registry.isBlank()) {
      throw new IllegalArgumentException("registry: blank");
    }
    if (cc == null || cc.isBlank()) {
      throw new IllegalArgumentException("cc: blank");
    }
  }
}
