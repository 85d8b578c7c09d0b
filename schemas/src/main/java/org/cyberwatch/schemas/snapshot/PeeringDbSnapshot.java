package org.cyberwatch.schemas.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PeeringDB objects enrichment uses, from one dump.
 *
 * @param ixes IXs by id
 * @param ixlanToIx IX LAN id to IX id
 * @param prefixes IX LAN prefixes
 * @param nets networks by AS number
 * @param orgs organizations by id
 * @param netIxLans networks' ports at IXs
 */
public record PeeringDbSnapshot(
    Map<Long, PeeringDbIx> ixes,
    Map<Long, Long> ixlanToIx,
    List<PeeringDbIxPrefix> prefixes,
    Map<Long, PeeringDbNet> nets,
    Map<Long, PeeringDbOrg> orgs,
    List<PeeringDbNetIxLan> netIxLans) {

  /** Copies every collection. */
  public PeeringDbSnapshot {
    ixes = Map.copyOf(ixes);
    ixlanToIx = Map.copyOf(ixlanToIx);
    prefixes = List.copyOf(prefixes);
    nets = Map.copyOf(nets);
    orgs = Map.copyOf(orgs);
    netIxLans = List.copyOf(netIxLans);
  }

  /** An empty snapshot (the dataset is absent). */
  public static PeeringDbSnapshot empty() {
    return new PeeringDbSnapshot(Map.of(), Map.of(), List.of(), Map.of(), Map.of(), List.of());
  }

  /** The IX an IX LAN belongs to. */
  public Optional<PeeringDbIx> ixOfLan(long ixlanId) {
    return Optional.ofNullable(ixlanToIx.get(ixlanId)).map(ixes::get);
  }
}
