package org.cyberwatch.schemas.snapshot;

import java.util.Arrays;

/**
 * Builds a {@link PrefixTrie}: a path-compressed binary trie (each node stores its full prefix, so
 * a chain of single-child nodes collapses into one) in growable primitive arrays. Not thread-safe;
 * {@link #build()} freezes a copy.
 */
final class PrefixTrieBuilder {

  static final int NONE = -1;

  private final boolean ipv6;
  private long[] hi = new long[1024];
  private long[] lo = new long[1024];

  /** Per node: left child, right child, value, prefix length. */
  private int[] nodes = new int[4 * 1024];

  private int size;
  private int root = NONE;
  private int values;

  PrefixTrieBuilder(boolean ipv6) {
    this.ipv6 = ipv6;
  }

  /**
   * Maps {@code prefix} to {@code value} (0..{@link PrefixTrie#MAX_VALUE}). Returns false and keeps
   * the first value when the prefix is already present.
   */
  boolean put(IpPrefix prefix, int value) {
    if (prefix.ipv6() != ipv6 || value < 0 || value > PrefixTrie.MAX_VALUE) {
      throw new IllegalArgumentException(
          "prefix: " + prefix + " / value " + value + " not accepted");
    }
    long phi = prefix.hi();
    long plo = prefix.lo();
    int plen = prefix.length();
    int parent = NONE;
    int dir = 0;
    int node = root;
    while (node != NONE) {
      int nlen = nodes[4 * node + 3];
      int common =
          Math.min(Math.min(plen, nlen), PrefixTrie.commonBits(phi, plo, hi[node], lo[node]));
      if (common < nlen) {
        link(parent, dir, split(node, phi, plo, plen, common, value));
        values++;
        return true;
      }
      if (plen == nlen) {
        if (nodes[4 * node + 2] != NONE) {
          return false;
        }
        nodes[4 * node + 2] = value;
        values++;
        return true;
      }
      parent = node;
      dir = PrefixTrie.bit(phi, plo, nlen);
      node = nodes[4 * node + dir];
    }
    link(parent, dir, add(phi, plo, plen, value));
    values++;
    return true;
  }

  /** An immutable trie of the prefixes put so far. */
  PrefixTrie build() {
    return PrefixTrie.pack(ipv6, root, hi, lo, nodes, size, values);
  }

  /** Splits {@code node} at {@code common} bits to make room for the new prefix. */
  private int split(int node, long phi, long plo, int plen, int common, int value) {
    int nodeDir = PrefixTrie.bit(hi[node], lo[node], common);
    if (common == plen) {
      int n = add(phi, plo, plen, value);
      nodes[4 * n + nodeDir] = node;
      return n;
    }
    int branch = add(phi & IpPrefix.maskHi(common), plo & IpPrefix.maskLo(common), common, NONE);
    nodes[4 * branch + nodeDir] = node;
    nodes[4 * branch + (1 - nodeDir)] = add(phi, plo, plen, value);
    return branch;
  }

  private void link(int parent, int dir, int child) {
    if (parent == NONE) {
      root = child;
    } else {
      nodes[4 * parent + dir] = child;
    }
  }

  private int add(long phi, long plo, int plen, int value) {
    if (size == hi.length) {
      int capacity = hi.length * 2;
      hi = Arrays.copyOf(hi, capacity);
      lo = Arrays.copyOf(lo, capacity);
      nodes = Arrays.copyOf(nodes, 4 * capacity);
    }
    int n = size++;
    hi[n] = phi;
    lo[n] = plo;
    nodes[4 * n] = NONE;
    nodes[4 * n + 1] = NONE;
    nodes[4 * n + 2] = value;
    nodes[4 * n + 3] = plen;
    return n;
  }
}
