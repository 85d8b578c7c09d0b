package org.cyberwatch.schemas.snapshot;

/**
 * Longest-prefix match over IPv4 or IPv6 prefixes: an immutable path-compressed binary trie in
 * flat primitive arrays (no per-node objects), built by {@link PrefixTrieBuilder}. A lookup walks
 * at most one node per distinct prefix length on the path and allocates nothing. Safe to share
 * between threads.
 *
 * <p>Node {@code n}: prefix bits {@code hi[n]} (and {@code lo[n]}, absent when every prefix is
 * at most /64), then {@code nodes[4n..4n+3]} = left child, right child, value (or -1 for a pure
 * branch node), prefix length.
 */
final class PrefixTrie {

  private static final int NONE = PrefixTrieBuilder.NONE;

  private final boolean ipv6;
  private final int root;
  private final long[] hi;
  private final long[] lo;
  private final int[] nodes;
  private final int values;

  PrefixTrie(boolean ipv6, int root, long[] hi, long[] lo, int[] nodes, int values) {
    this.ipv6 = ipv6;
    this.root = root;
    this.hi = hi;
    this.lo = lo;
    this.nodes = nodes;
    this.values = values;
  }

  /** An empty trie of the family. */
  static PrefixTrie empty(boolean ipv6) {
    return new PrefixTrieBuilder(ipv6).build();
  }

  /**
   * The node of the longest stored prefix containing the address bits {@code (ahi, alo)}, or -1.
   * Host bits of the address beyond the family width must be zero.
   */
  int longestMatch(long ahi, long alo) {
    int best = NONE;
    int node = root;
    while (node != NONE) {
      int base = 4 * node;
      int len = nodes[base + 3];
      if (!matches(node, len, ahi, alo)) {
        break;
      }
      if (nodes[base + 2] != NONE) {
        best = node;
      }
      if (len == 128) {
        break;
      }
      node = nodes[base + bit(ahi, alo, len)];
    }
    return best;
  }

  /** The node of the longest prefix containing {@code address}, or -1 (other family: -1). */
  int longestMatch(IpPrefix address) {
    return address.ipv6() == ipv6 ? longestMatch(address.hi(), address.lo()) : NONE;
  }

  /** The value stored at a node returned by {@link #longestMatch}. */
  int value(int node) {
    return nodes[4 * node + 2];
  }

  /** The prefix of a node. */
  IpPrefix prefix(int node) {
    return new IpPrefix(ipv6, hi[node], lo == null ? 0 : lo[node], nodes[4 * node + 3]);
  }

  /** Number of nodes (prefixes plus branch nodes); node ids are 0..nodeCount()-1. */
  int nodeCount() {
    return hi.length;
  }

  /** Number of prefixes stored. */
  int size() {
    return values;
  }

  /** Approximate bytes held by the arrays. */
  long bytes() {
    return 8L * hi.length + (lo == null ? 0 : 8L * lo.length) + 4L * nodes.length;
  }

  private boolean matches(int node, int len, long ahi, long alo) {
    if (len <= 64) {
      return ((ahi ^ hi[node]) & IpPrefix.maskHi(len)) == 0;
    }
    long nlo = lo == null ? 0 : lo[node];
    return ahi == hi[node] && ((alo ^ nlo) & IpPrefix.maskLo(len)) == 0;
  }

  /** Bit {@code index} (0 = most significant) of the 128-bit value. */
  static int bit(long hi, long lo, int index) {
    return (int) (index < 64 ? hi >>> (63 - index) : lo >>> (127 - index)) & 1;
  }

  /** Number of equal leading bits of two 128-bit values (128 when equal). */
  static int commonBits(long hi1, long lo1, long hi2, long lo2) {
    long x = hi1 ^ hi2;
    if (x != 0) {
      return Long.numberOfLeadingZeros(x);
    }
    return 64 + Long.numberOfLeadingZeros(lo1 ^ lo2);
  }
}
