package org.cyberwatch.schemas.snapshot;

import java.util.List;

/**
 * Address space that is never a public, routed host: the IANA special-purpose registries' entries
 * that are not globally reachable (RFC 6890 and successors), IPv4 multicast and class E, and for
 * IPv6 everything outside 2000::/3 (the only global unicast space IANA allocates from) plus the
 * documentation and benchmarking blocks inside it. IPv4-mapped IPv6 addresses are looked up as IPv4
 * before this check.
 */
final class SpecialPurposeRanges {

  static final List<String> IPV4 =
      List.of(
          "0.0.0.0/8", // "this network"
          "10.0.0.0/8", // private
          "100.64.0.0/10", // shared address space (CGN)
          "127.0.0.0/8", // loopback
          "169.254.0.0/16", // link-local
          "172.16.0.0/12", // private
          "192.0.0.0/24", // IETF protocol assignments
          "192.0.2.0/24", // TEST-NET-1
          "192.168.0.0/16", // private
          "198.18.0.0/15", // benchmarking
          "198.51.100.0/24", // TEST-NET-2
          "203.0.113.0/24", // TEST-NET-3
          "224.0.0.0/4", // multicast
          "240.0.0.0/4"); // reserved, limited broadcast

  static final List<String> IPV6 =
      List.of(
          "::/3", // unspecified, loopback, NAT64, discard, unallocated
          "4000::/2", // unallocated (holds 5f00::/16 SRv6 SIDs)
          "8000::/1", // unallocated, ULA fc00::/7, link-local fe80::/10, multicast ff00::/8
          "2001:2::/48", // benchmarking
          "2001:db8::/32", // documentation
          "3fff::/20"); // documentation (RFC 9637)

  private static final PrefixTrie V4 = trie(false, IPV4);
  private static final PrefixTrie V6 = trie(true, IPV6);

  private SpecialPurposeRanges() {}

  /** Whether the address lies in special-purpose space. */
  static boolean contains(IpPrefix address) {
    PrefixTrie trie = address.ipv6() ? V6 : V4;
    return trie.longestMatch(address) >= 0;
  }

  private static PrefixTrie trie(boolean ipv6, List<String> prefixes) {
    PrefixTrieBuilder b = new PrefixTrieBuilder(ipv6);
    for (String p : prefixes) {
      b.put(IpPrefix.parse(p), 0);
    }
    return b.build();
  }
}
