package org.cyberwatch.schemas.snapshot;

import java.io.Serializable;
import java.util.List;

/**
 * What the chosen snapshots say about one IP address. Parts that are unknown are null (0 for {@code
 * ixpMemberAsn}); every result carries the provenance of the snapshots it came from.
 *
 * @param ip the address as given
 * @param status routed, not routed, special-purpose, or no routing data for its family
 * @param prefix the most specific prefix2as prefix holding it ({@code 1.0.4.0/24}), or null
 * @param origin the origin AS(es) of that prefix (MOAS / AS-set flags), or null
 * @param asMetadata name, organization and country of the primary origin AS, or null
 * @param country as2org country of the primary origin's organization; else the RIR country of the
 *     address; else the RIR or PeeringDB country of the AS; else null
 * @param rir registry and country the address block was delegated to, or null
 * @param ixp the IX whose peering LAN holds the address (PeeringDB), or null
 * @param ixpMemberAsn the AS holding exactly this IX LAN address (PeeringDB netixlan), or 0
 * @param provenance the snapshots used for this lookup
 */
public record IpMetadata(
    String ip,
    AddressStatus status,
    String prefix,
    RouteOrigin origin,
    AsnMetadata asMetadata,
    String country,
    RirCountry rir,
    Ixp ixp,
    long ixpMemberAsn,
    List<SnapshotProvenance> provenance)
    implements Serializable {

  /** Requires ip, status and provenance; a routed result needs a prefix and an origin. */
  public IpMetadata {
    if (ip == null) {
      throw new IllegalArgumentException("ip: null");
    }
    if (status == null) {
      throw new IllegalArgumentException("status: null");
    }
    if ((status == AddressStatus.ROUTED) != (prefix != null && origin != null)) {
      throw new IllegalArgumentException("status: " + status + " but prefix " + prefix);
    }
    provenance = List.copyOf(provenance);
  }

  /** Nothing known beyond the status (special-purpose addresses, families without data). */
  public static IpMetadata unknown(String ip, AddressStatus status, List<SnapshotProvenance> p) {
    return new IpMetadata(ip, status, null, null, null, null, null, null, 0, p);
  }

  /** Whether an origin AS is known. */
  public boolean known() {
    return status == AddressStatus.ROUTED;
  }

  /** The primary (first listed) origin AS, or 0 when unknown. */
  public long asn() {
    return origin == null ? 0 : origin.primary();
  }

  /** All origin ASes (MOAS, AS-set members), empty when unknown. */
  public List<Long> originAsns() {
    return origin == null ? List.of() : origin.asns();
  }

  /** Name of the primary origin AS, or null. */
  public String asName() {
    return asMetadata == null ? null : asMetadata.name();
  }

  /** as2org org id of the primary origin AS, or null. */
  public String orgId() {
    return asMetadata == null ? null : asMetadata.orgId();
  }

  /** Organization name of the primary origin AS, or null. */
  public String orgName() {
    return asMetadata == null ? null : asMetadata.orgName();
  }

  /** The RIR country of the address block, or null. */
  public String rirCc() {
    return rir == null ? null : rir.cc();
  }
}
