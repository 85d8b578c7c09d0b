package org.cyberwatch.schemas.snapshot;

import java.util.Map;
import java.util.Optional;

/**
 * A parsed CAIDA as2org file: ASes and organizations by id.
 *
 * @param ases AS lines by AS number
 * @param orgs organization lines by org id
 */
public record As2OrgSnapshot(Map<Long, CaidaAs> ases, Map<String, CaidaOrg> orgs) {

  /** Copies both maps. */
  public As2OrgSnapshot {
    ases = Map.copyOf(ases);
    orgs = Map.copyOf(orgs);
  }

  /** An empty snapshot (the dataset is absent). */
  public static As2OrgSnapshot empty() {
    return new As2OrgSnapshot(Map.of(), Map.of());
  }

  /** The AS line of {@code asn}. */
  public Optional<CaidaAs> as(long asn) {
    return Optional.ofNullable(ases.get(asn));
  }

  /** The organization {@code asn} belongs to. */
  public Optional<CaidaOrg> orgOf(long asn) {
    return as(asn).map(a -> orgs.get(a.orgId()));
  }
}
