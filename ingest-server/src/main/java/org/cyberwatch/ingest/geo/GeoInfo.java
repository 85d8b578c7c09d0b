package org.cyberwatch.ingest.geo;

import org.cyberwatch.schemas.id.CountryCodes;

/**
 * What the collector knows about an address: AS number (0 = unknown), country ({@code ZZ} =
 * unknown) and the AS's name (null when unknown).
 *
 * @param asn origin AS number, 0 when unknown
 * @param cc ISO country code, {@code ZZ} when unknown
 * @param networkName AS name, or null
 */
public record GeoInfo(long asn, String cc, String networkName) {

  /** Nothing known. */
  public static final GeoInfo UNKNOWN = new GeoInfo(0, CountryCodes.UNKNOWN, null);

  /** Checks the ASN range and the country code. */
  public GeoInfo {
    if (asn < 0 || asn > 4_294_967_295L) {
      throw new IllegalArgumentException("asn: must be 0..4294967295, got " + asn);
    }
    CountryCodes.requireValid(cc, "cc");
  }

  /** The AS in measurement form, {@code AS<n>} ({@code AS0} when unknown). */
  public String probeAsn() {
    return "AS" + asn;
  }

  /** Whether anything is known. */
  public boolean known() {
    return asn != 0 || !CountryCodes.UNKNOWN.equals(cc);
  }
}
