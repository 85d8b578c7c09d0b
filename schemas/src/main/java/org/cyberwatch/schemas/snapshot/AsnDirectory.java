package org.cyberwatch.schemas.snapshot;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * AsnMetadata for every AS the snapshots name, joined once: CAIDA as2org first, PeeringDB for what
 * as2org lacks, RIR delegated stats for the AS number's country, PeeringDB netixlan for IXs. ASes
 * only the RIR files know are built on request.
 */
final class AsnDirectory {

  private final Map<Long, AsnMetadata> known;
  private final DelegationTable delegations;
  private final IxpTable ixps;

  private AsnDirectory(Map<Long, AsnMetadata> known, DelegationTable delegations, IxpTable ixps) {
    this.known = known;
    this.delegations = delegations;
    this.ixps = ixps;
  }

  static AsnDirectory build(
      As2OrgSnapshot as2org, PeeringDbSnapshot pdb, IxpTable ixps, DelegationTable delegations) {
    Set<Long> asns = new HashSet<>(as2org.ases().keySet());
    asns.addAll(pdb.nets().keySet());
    Map<Long, AsnMetadata> known = new HashMap<>(asns.size() * 2);
    Map<String, String> shared = new HashMap<>();
    for (long asn : asns) {
      known.put(asn, join(asn, as2org, pdb, ixps, delegations, shared));
    }
    return new AsnDirectory(known, delegations, ixps);
  }

  /** Metadata of {@code asn}; {@link AsnMetadata#unknown} when no snapshot knows it. */
  AsnMetadata get(long asn) {
    AsnMetadata m = known.get(asn);
    if (m != null) {
      return m;
    }
    RirCountry rir = delegations.ofAsn(asn);
    if (rir == null && ixps.ixpsOf(asn).isEmpty()) {
      return AsnMetadata.unknown(asn);
    }
    return new AsnMetadata(
        asn,
        null,
        null,
        null,
        rir == null ? null : rir.cc(),
        rir == null ? null : rir.cc(),
        ixps.ixpsOf(asn));
  }

  private static AsnMetadata join(
      long asn,
      As2OrgSnapshot as2org,
      PeeringDbSnapshot pdb,
      IxpTable ixps,
      DelegationTable delegations,
      Map<String, String> shared) {
    CaidaAs as = as2org.ases().get(asn);
    CaidaOrg org = as == null ? null : as2org.orgs().get(as.orgId());
    PeeringDbNet net = pdb.nets().get(asn);
    PeeringDbOrg pdbOrg = net == null ? null : pdb.orgs().get(net.orgId());
    RirCountry rir = delegations.ofAsn(asn);
    String name = first(as == null ? null : as.name(), net == null ? null : net.name());
    String orgName = first(org == null ? null : org.name(), pdbOrg == null ? null : pdbOrg.name());
    String country =
        first(
            org == null ? null : org.country(),
            pdbOrg == null ? null : pdbOrg.country(),
            rir == null ? null : rir.cc());
    return new AsnMetadata(
        asn,
        name,
        as == null ? null : as.orgId(),
        intern(orgName, shared),
        intern(country, shared),
        rir == null ? null : rir.cc(),
        ixps.ixpsOf(asn));
  }

  private static String first(String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        return c;
      }
    }
    return null;
  }

  /** Many ASes share an org name and a country: keep one copy of each. */
  private static String intern(String s, Map<String, String> shared) {
    return s == null ? null : shared.computeIfAbsent(s, k -> k);
  }
}
