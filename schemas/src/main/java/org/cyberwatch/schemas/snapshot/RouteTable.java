package org.cyberwatch.schemas.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One family's prefix2as table: the trie, the distinct origins (trie values index them), an
 * ASN-to-prefix index for {@link #prefixesOf}, and a cache of the matched prefixes' text so the hot
 * path does not format strings. Immutable after {@link #read}; the text cache fills lazily, which
 * is safe under races because Strings are immutable and a race only formats twice.
 */
final class RouteTable {

  /** Packs (asn, node) as asn·2^31 + node: asn < 2^32 and node < 2^31 keep it positive. */
  private static final int NODE_BITS = 31;

  private final PrefixTrie trie;
  private final RouteOrigin[] origins;
  private final long[] asnIndex;
  private final String[] prefixText;

  private RouteTable(PrefixTrie trie, RouteOrigin[] origins) {
    this.trie = trie;
    this.origins = origins;
    this.asnIndex = indexByAsn(trie, origins);
    this.prefixText = new String[trie.nodeCount()];
  }

  /** Reads a prefix2as file of one family; a prefix listed twice keeps its first origin. */
  static RouteTable read(Path file, boolean ipv6) throws IOException {
    PrefixTrieBuilder builder = new PrefixTrieBuilder(ipv6);
    Map<RouteOrigin, Integer> ids = new IdentityHashMap<>();
    List<RouteOrigin> distinct = new ArrayList<>();
    long[] wrongFamily = new long[1];
    Pfx2AsParser.parse(
        file,
        entry -> {
          if (entry.prefix().ipv6() != ipv6) {
            wrongFamily[0]++;
            return;
          }
          Integer id =
              ids.computeIfAbsent(
                  entry.origin(),
                  o -> {
                    distinct.add(o);
                    return distinct.size() - 1;
                  });
          builder.put(entry.prefix(), id);
        });
    if (wrongFamily[0] > 0) {
      throw new SnapshotFormatException(
          file, 0, wrongFamily[0] + " prefixes of the other address family", null);
    }
    return new RouteTable(builder.build(), distinct.toArray(RouteOrigin[]::new));
  }

  /** Node of the most specific prefix containing the address, or -1. */
  int match(IpPrefix address) {
    return trie.longestMatch(address);
  }

  /** Index of a matched node's origin, for {@link #origin}. */
  int originIndex(int node) {
    return trie.value(node);
  }

  /** Number of distinct origins; their indexes are 0..originCount()-1. */
  int originCount() {
    return origins.length;
  }

  /** The distinct origin at {@code index} (see {@link #originIndex}). */
  RouteOrigin origin(int index) {
    return origins[index];
  }

  /** Canonical text of a matched node's prefix (formatted once, then cached). */
  String prefixText(int node) {
    String text = prefixText[node];
    if (text == null) {
      text = trie.prefix(node).toString();
      prefixText[node] = text;
    }
    return text;
  }

  /** Every prefix with {@code asn} among its origins, in address order. */
  List<IpPrefix> prefixesOf(long asn) {
    long first = asn << NODE_BITS;
    int i = Arrays.binarySearch(asnIndex, first);
    i = i >= 0 ? i : -i - 1;
    List<IpPrefix> out = new ArrayList<>();
    for (; i < asnIndex.length && asnIndex[i] >>> NODE_BITS == asn; i++) {
      out.add(trie.prefix((int) (asnIndex[i] & ((1L << NODE_BITS) - 1))));
    }
    out.sort(
        Comparator.comparing(IpPrefix::hi, Long::compareUnsigned)
            .thenComparing(IpPrefix::lo, Long::compareUnsigned)
            .thenComparingInt(IpPrefix::length));
    return out;
  }

  /** Number of prefixes. */
  int size() {
    return trie.size();
  }

  /** Bytes of the trie, the ASN index and the text cache's slots (not origins or the texts). */
  long bytes() {
    return trie.bytes() + 8L * asnIndex.length + 4L * prefixText.length;
  }

  private static long[] indexByAsn(PrefixTrie trie, RouteOrigin[] origins) {
    long[] index = new long[trie.size() + 16];
    int n = 0;
    for (int node = 0; node < trie.nodeCount(); node++) {
      int value = trie.value(node);
      if (value < 0) {
        continue;
      }
      List<Long> asns = origins[value].asns();
      for (int k = 0; k < asns.size(); k++) {
        if (asns.indexOf(asns.get(k)) == k) {
          if (n == index.length) {
            index = Arrays.copyOf(index, n * 2);
          }
          index[n++] = asns.get(k) << NODE_BITS | node;
        }
      }
    }
    index = Arrays.copyOf(index, n);
    Arrays.sort(index);
    return index;
  }
}
