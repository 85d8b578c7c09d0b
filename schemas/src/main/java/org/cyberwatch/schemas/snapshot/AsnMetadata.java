package org.cyberwatch.schemas.snapshot;

import java.io.Serializable;
import java.util.List;

/**
 * What the chosen snapshots say about an AS number. Text fields are null when unknown.
 *
 * @param asn the AS number
 * @param name AS name: CAIDA as2org {@code aut_name}; else the PeeringDB net name
 * @param orgId CAIDA as2org org id (null when as2org does not list the AS)
 * @param orgName CAIDA as2org org name; else the PeeringDB org name
 * @param country CAIDA as2org org country; else the PeeringDB org country; else {@code rirCc}
 * @param rirCc the country the RIR delegated the AS number to
 * @param ixps IXs where the AS has a port (PeeringDB netixlan); never null
 */
public record AsnMetadata(
    long asn,
    String name,
    String orgId,
    String orgName,
    String country,
    String rirCc,
    List<Ixp> ixps)
    implements Serializable {

  /** Validates the ASN; blank text becomes null; copies the list. */
  public AsnMetadata {
    AsNumbers.check(asn);
    name = blankToNull(name);
    orgId = blankToNull(orgId);
    orgName = blankToNull(orgName);
    country = blankToNull(country);
    rirCc = blankToNull(rirCc);
    ixps = List.copyOf(ixps);
  }

  /** An AS no snapshot knows. */
  public static AsnMetadata unknown(long asn) {
    return new AsnMetadata(asn, null, null, null, null, null, List.of());
  }

  /** Whether any snapshot named or placed the AS. */
  public boolean known() {
    return name != null || orgName != null || country != null || rirCc != null || !ixps.isEmpty();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
