package org.cyberwatch.schemas.snapshot;

/** What enrichment could say about an address. */
public enum AddressStatus {
  /** Inside a prefix of the chosen prefix2as snapshot: origin AS(es) known. */
  ROUTED,
  /** A public address in no prefix of the chosen prefix2as snapshot. */
  NOT_ROUTED,
  /** Private, loopback, link-local, documentation, multicast, reserved or unallocated space. */
  SPECIAL_PURPOSE,
  /** No prefix2as snapshot of the address's family was chosen for the day. */
  NO_ROUTING_DATA
}
