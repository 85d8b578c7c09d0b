package org.cyberwatch.schemas.snapshot;

/**
 * Longest-prefix match over IPv4 or IPv6 prefixes: an immutable path-compressed binary trie in one
 * flat {@code long[]} (no per-node objects), built by {@link PrefixTrieBuilder}. A lookup visits
 * one node per branching point on the address's path, touching one or two adjacent words per node,
 * and allocates nothing. Safe to share between threads.
 *
 * <p>Layout, node {@code n}: IPv4, 2 words: {@code [prefix<<32 | length<<24 | value, left<<32 |
 * right]}; IPv6, 4 words: {@code [hi, lo, left<<32 | right, length<<24 | value]}. Value {@code
 * 0xFFFFFF} marks a pure branch node; values are below 2^24 - 1.
 */
final class PrefixTrie {

  static final int MAX_VALUE = 0xFFFFFE;
  private static final int NO_VALUE = 0xFFFFFF;
  private static final int NONE = -1;

  /** Tries with at least this many prefixes get the first-16-bits index. */
  private static final int INDEX_THRESHOLD = 4096;

  private static final int INDEX_BITS = 16;

  private final boolean ipv6;
  private final int root;
  private final long[] words;
  private final int values;

  /**
   * Per value of the address's first 16 bits: the node to start the walk at (the first node of
   * length 16 or more on that path) and the best match among the shorter nodes above it. Null for
   * small tries, which start at the root.
   */
  private final int[] indexStart;

  private final int[] indexBest;

  private PrefixTrie(boolean ipv6, int root, long[] words, int values) {
    this.ipv6 = ipv6;
    this.root = root;
    this.words = words;
    this.values = values;
    boolean indexed = values >= INDEX_THRESHOLD;
    this.indexStart = indexed ? new int[1 << INDEX_BITS] : null;
    this.indexBest = indexed ? new int[1 << INDEX_BITS] : null;
    if (indexed) {
      for (int k = 0; k < indexStart.length; k++) {
        fillIndex(k);
      }
    }
  }

  private void fillIndex(int k) {
    long ahi = (long) k << (64 - INDEX_BITS);
    int best = NONE;
    int node = root;
    while (node != NONE && length(node) < INDEX_BITS) {
      int len = length(node);
      if (((ahi ^ prefix(node).hi()) & IpPrefix.maskHi(len)) != 0) {
        node = NONE;
        break;
      }
      if (value(node) != NONE) {
        best = node;
      }
      long children = words[ipv6 ? 4 * node + 2 : 2 * node + 1];
      node = (int) (bit(ahi, 0, len) == 1 ? children : children >>> 32);
    }
    indexStart[k] = node;
    indexBest[k] = best;
  }

  private int length(int node) {
    return (int) ((ipv6 ? words[4 * node + 3] : words[2 * node]) >>> 24) & 0xFF;
  }

  /**
   * Packs the builder's arrays ({@code hi[n]}, {@code lo[n]}, and {@code nodes[4n..4n+3]} = left,
   * right, value or -1, length) into the layout above.
   */
  static PrefixTrie pack(
      boolean ipv6, int root, long[] hi, long[] lo, int[] nodes, int size, int values) {
    int stride = ipv6 ? 4 : 2;
    long[] w = new long[stride * size];
    for (int n = 0; n < size; n++) {
      int value = nodes[4 * n + 2] < 0 ? NO_VALUE : nodes[4 * n + 2];
      long meta = (long) nodes[4 * n + 3] << 24 | value;
      long children = (long) nodes[4 * n] << 32 | (nodes[4 * n + 1] & 0xFFFF_FFFFL);
      if (ipv6) {
        w[4 * n] = hi[n];
        w[4 * n + 1] = lo[n];
        w[4 * n + 2] = children;
        w[4 * n + 3] = meta;
      } else {
        w[2 * n] = hi[n] | meta;
        w[2 * n + 1] = children;
      }
    }
    return new PrefixTrie(ipv6, root, w, values);
  }

  /** An empty trie of the family. */
  static PrefixTrie empty(boolean ipv6) {
    return new PrefixTrieBuilder(ipv6).build();
  }

  /** The node of the longest stored prefix containing {@code address}, or -1 (other family too). */
  int longestMatch(IpPrefix address) {
    if (address.ipv6() != ipv6) {
      return NONE;
    }
    return ipv6 ? match6(address.hi(), address.lo()) : match4(address.hi());
  }

  private int match4(long addr) {
    long[] w = words;
    int best = NONE;
    int node = root;
    if (indexStart != null) {
      int k = (int) (addr >>> (64 - INDEX_BITS));
      best = indexBest[k];
      node = indexStart[k];
    }
    while (node != NONE) {
      long head = w[2 * node];
      int len = (int) (head >>> 24) & 0xFF;
      if (len != 0 && ((addr ^ head) & (-1L << (64 - len))) != 0) {
        break;
      }
      if ((head & NO_VALUE) != NO_VALUE) {
        best = node;
      }
      if (len == 32) {
        break;
      }
      long children = w[2 * node + 1];
      node = (int) ((addr << len) < 0 ? children : children >>> 32);
    }
    return best;
  }

  private int match6(long ahi, long alo) {
    long[] w = words;
    int best = NONE;
    int node = root;
    if (indexStart != null) {
      int k = (int) (ahi >>> (64 - INDEX_BITS));
      best = indexBest[k];
      node = indexStart[k];
    }
    while (node != NONE) {
      int base = 4 * node;
      long meta = w[base + 3];
      int len = (int) (meta >>> 24) & 0xFF;
      if (!matches6(w[base], w[base + 1], len, ahi, alo)) {
        break;
      }
      if ((meta & NO_VALUE) != NO_VALUE) {
        best = node;
      }
      if (len == 128) {
        break;
      }
      long children = w[base + 2];
      node = (int) (bit(ahi, alo, len) == 1 ? children : children >>> 32);
    }
    return best;
  }

  private static boolean matches6(long phi, long plo, int len, long ahi, long alo) {
    if (len <= 64) {
      return ((ahi ^ phi) & IpPrefix.maskHi(len)) == 0;
    }
    return ahi == phi && ((alo ^ plo) & IpPrefix.maskLo(len)) == 0;
  }

  /** The value stored at a node returned by {@link #longestMatch}. */
  int value(int node) {
    int v = (int) (ipv6 ? words[4 * node + 3] : words[2 * node]) & NO_VALUE;
    return v == NO_VALUE ? NONE : v;
  }

  /** The prefix of a node. */
  IpPrefix prefix(int node) {
    if (ipv6) {
      return new IpPrefix(
          true, words[4 * node], words[4 * node + 1], (int) (words[4 * node + 3] >>> 24) & 0xFF);
    }
    long head = words[2 * node];
    return new IpPrefix(false, head & 0xFFFF_FFFF_0000_0000L, 0, (int) (head >>> 24) & 0xFF);
  }

  /** Number of nodes (prefixes plus branch nodes); node ids are 0..nodeCount()-1. */
  int nodeCount() {
    return words.length / (ipv6 ? 4 : 2);
  }

  /** Number of prefixes stored. */
  int size() {
    return values;
  }

  /** Bytes held by the node array and the index. */
  long bytes() {
    return 8L * words.length + (indexStart == null ? 0 : 8L * indexStart.length);
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
