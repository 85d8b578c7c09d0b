package org.cyberwatch.pipelines.enrich;

import java.io.Serializable;
import java.util.List;
import org.cyberwatch.schemas.snapshot.AsnMetadata;
import org.cyberwatch.schemas.snapshot.IpMetadata;
import org.cyberwatch.schemas.snapshot.SnapshotProvenance;

/**
 * What the dated snapshots say about a measurement's addresses and networks.
 *
 * @param probe the probe's AS (from {@code probe_asn}; the probe's address is never known), or null
 *     when the measurement says AS0 (unknown)
 * @param resolver the resolver address's metadata, or null when the measurement names none
 * @param hops metadata of each traceroute/ping hop address, in {@code test_keys.hops} order (null
 *     entries for hops without an address)
 * @param dnsAnswers metadata of each distinct address in DNS answers, in order of appearance
 * @param provenance the snapshot files used (empty when no snapshot directory was given)
 */
public record Enrichment(
    AsnMetadata probe,
    IpMetadata resolver,
    List<IpMetadata> hops,
    List<IpMetadata> dnsAnswers,
    List<SnapshotProvenance> provenance)
    implements Serializable {
  public Enrichment {
    hops = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(hops));
    dnsAnswers = List.copyOf(dnsAnswers);
    provenance = List.copyOf(provenance);
  }
}
