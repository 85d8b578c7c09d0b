package org.cyberwatch.schemas.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Country and registry of address blocks and AS numbers from RIR delegated statistics. Only {@code
 * allocated} and {@code assigned} lines with a country count. When two files list the same block,
 * the file read first wins (files are read in dataset order).
 */
final class DelegationTable {

  private final PrefixTrie v4;
  private final PrefixTrie v6;
  private final RirCountry[] countries;

  /** ASN ranges sorted by start: start, end, country index. */
  private final long[] asnStart;

  private final long[] asnEnd;
  private final int[] asnCountry;

  private DelegationTable(Collector c) {
    this.v4 = c.v4.build();
    this.v6 = c.v6.build();
    this.countries = c.countries.toArray(RirCountry[]::new);
    c.asnRanges.sort((a, b) -> Long.compare(a[0], b[0]));
    int n = c.asnRanges.size();
    this.asnStart = new long[n];
    this.asnEnd = new long[n];
    this.asnCountry = new int[n];
    for (int i = 0; i < n; i++) {
      long[] r = c.asnRanges.get(i);
      asnStart[i] = r[0];
      asnEnd[i] = r[1];
      asnCountry[i] = (int) r[2];
    }
  }

  /** Reads the given delegated files (any registries). */
  static DelegationTable read(List<Path> files) throws IOException {
    Collector c = new Collector();
    for (Path file : files) {
      DelegatedStatsParser.parse(file, c::add);
    }
    return new DelegationTable(c);
  }

  /** The registry and country of the block holding {@code address}, or null. */
  RirCountry of(IpPrefix address) {
    PrefixTrie trie = address.ipv6() ? v6 : v4;
    int node = trie.longestMatch(address);
    return node < 0 ? null : countries[trie.value(node)];
  }

  /** The registry and country {@code asn} was delegated to, or null. */
  RirCountry ofAsn(long asn) {
    int i = Arrays.binarySearch(asnStart, asn);
    i = i >= 0 ? i : -i - 2;
    return i >= 0 && asn <= asnEnd[i] ? countries[asnCountry[i]] : null;
  }

  /** Number of address prefixes held. */
  int prefixes() {
    return v4.size() + v6.size();
  }

  /** Mutable state while reading. */
  private static final class Collector {
    final PrefixTrieBuilder v4 = new PrefixTrieBuilder(false);
    final PrefixTrieBuilder v6 = new PrefixTrieBuilder(true);
    final List<RirCountry> countries = new ArrayList<>();
    final Map<RirCountry, Integer> ids = new HashMap<>();
    final List<long[]> asnRanges = new ArrayList<>();

    void add(RirDelegation d) {
      if (!d.delegated() || d.cc().isEmpty()) {
        return;
      }
      int id =
          ids.computeIfAbsent(
              new RirCountry(d.registry(), d.cc()),
              k -> {
                countries.add(k);
                return countries.size() - 1;
              });
      if (d.type().equals("asn")) {
        asnRanges.add(new long[] {AsNumbers.parse(d.start(), d.start()), d.lastAsn(), id});
        return;
      }
      PrefixTrieBuilder trie = d.type().equals("ipv6") ? v6 : v4;
      for (IpPrefix p : d.prefixes()) {
        trie.put(p, id);
      }
    }
  }
}
