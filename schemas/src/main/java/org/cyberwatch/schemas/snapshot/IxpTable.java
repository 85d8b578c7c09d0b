package org.cyberwatch.schemas.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IXP peering LANs and member ports from a PeeringDB snapshot: which IX an address is on (ixpfx →
 * ixlan → ix) and, for an exact member address (netixlan ipaddr4/6), which AS holds it.
 */
final class IxpTable {

  private final PrefixTrie lan4;
  private final PrefixTrie lan6;
  private final Ixp[] ixps;
  private final PrefixTrie port4;
  private final PrefixTrie port6;
  private final long[] portAsns;
  private final Map<Long, List<Ixp>> ixpsByAsn;

  private IxpTable(PeeringDbSnapshot pdb) {
    Map<Long, Integer> ids = new HashMap<>();
    List<Ixp> list = new ArrayList<>();
    PrefixTrieBuilder b4 = new PrefixTrieBuilder(false);
    PrefixTrieBuilder b6 = new PrefixTrieBuilder(true);
    for (PeeringDbIxPrefix p : pdb.prefixes()) {
      pdb.ixOfLan(p.ixlanId())
          .ifPresent(
              ix -> {
                int id =
                    ids.computeIfAbsent(
                        ix.id(),
                        k -> {
                          list.add(Ixp.of(ix));
                          return list.size() - 1;
                        });
                (p.prefix().ipv6() ? b6 : b4).put(p.prefix(), id);
              });
    }
    this.lan4 = b4.build();
    this.lan6 = b6.build();
    this.ixps = list.toArray(Ixp[]::new);
    PrefixTrieBuilder p4 = new PrefixTrieBuilder(false);
    PrefixTrieBuilder p6 = new PrefixTrieBuilder(true);
    List<Long> asns = new ArrayList<>();
    Map<Long, Set<Ixp>> byAsn = new HashMap<>();
    for (PeeringDbNetIxLan port : pdb.netIxLans()) {
      for (IpPrefix address : new IpPrefix[] {port.ipaddr4(), port.ipaddr6()}) {
        if (address != null && (address.ipv6() ? p6 : p4).put(address, asns.size())) {
          asns.add(port.asn());
        }
      }
      PeeringDbIx ix = pdb.ixes().get(port.ixId());
      if (ix != null) {
        byAsn.computeIfAbsent(port.asn(), k -> new LinkedHashSet<>()).add(Ixp.of(ix));
      }
    }
    this.port4 = p4.build();
    this.port6 = p6.build();
    this.portAsns = asns.stream().mapToLong(Long::longValue).toArray();
    Map<Long, List<Ixp>> frozen = new HashMap<>();
    byAsn.forEach((asn, set) -> frozen.put(asn, List.copyOf(set)));
    this.ixpsByAsn = Map.copyOf(frozen);
  }

  static IxpTable of(PeeringDbSnapshot pdb) {
    return new IxpTable(pdb);
  }

  /** The IX whose peering LAN holds {@code address}, or null. */
  Ixp lanOf(IpPrefix address) {
    PrefixTrie trie = address.ipv6() ? lan6 : lan4;
    int node = trie.longestMatch(address);
    return node < 0 ? null : ixps[trie.value(node)];
  }

  /** The AS holding exactly this IX LAN address, or 0. */
  long portAsn(IpPrefix address) {
    PrefixTrie trie = address.ipv6() ? port6 : port4;
    int node = trie.longestMatch(address);
    return node < 0 ? 0 : portAsns[trie.value(node)];
  }

  /** The IXs where {@code asn} has a port, in dump order. */
  List<Ixp> ixpsOf(long asn) {
    return ixpsByAsn.getOrDefault(asn, List.of());
  }

  /** Number of LAN prefixes. */
  int lanPrefixes() {
    return lan4.size() + lan6.size();
  }
}
