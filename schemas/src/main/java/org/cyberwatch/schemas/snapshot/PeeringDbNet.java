package org.cyberwatch.schemas.snapshot;

/**
 * A PeeringDB network ({@code net} object).
 *
 * @param id PeeringDB net id
 * @param asn its AS number
 * @param name network name
 * @param orgId the PeeringDB org that operates it
 */
public record PeeringDbNet(long id, long asn, String name, long orgId) {

  /** Validates the ASN; the name is never null. */
  public PeeringDbNet {
    AsNumbers.check(asn);
    name = name == null ? "" : name;
  }
}
