package org.cyberwatch.schemas.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrefixTrieTest {

  private static final List<String> NESTED =
      List.of(
          "5.1.0.0/19",
          "5.1.0.0/23",
          "5.1.2.0/23",
          "5.1.2.0/24",
          "5.1.16.0/20",
          "8.0.0.0/9",
          "8.8.8.0/24",
          "1.0.4.0/22",
          "1.0.4.0/24",
          "9.9.9.9/32",
          "128.0.0.0/1");

  private static final List<String> NESTED6 =
      List.of(
          "2001:200::/32",
          "2001:200:e000::/35",
          "2001:320:4002:1000::/64",
          "2001:320:4002:1000:0:1::/96",
          "2001:320:4002:1000:0:1:0:7/128",
          "2001:320::/32");

  @ParameterizedTest
  @CsvSource({
    "5.1.2.77, 5.1.2.0/24",
    "5.1.3.1, 5.1.2.0/23",
    "5.1.1.9, 5.1.0.0/23",
    "5.1.4.0, 5.1.0.0/19",
    "5.1.16.0, 5.1.16.0/20",
    "5.1.31.255, 5.1.16.0/20",
    "5.1.32.0, ''",
    "5.0.255.255, ''",
    "8.8.8.8, 8.8.8.0/24",
    "8.8.9.0, 8.0.0.0/9",
    "8.127.255.255, 8.0.0.0/9",
    "1.0.4.0, 1.0.4.0/24",
    "1.0.5.0, 1.0.4.0/22",
    "1.0.7.255, 1.0.4.0/22",
    "1.0.8.0, ''",
    "9.9.9.9, 9.9.9.9/32",
    "9.9.9.8, ''",
    "200.1.1.1, 128.0.0.0/1",
    "127.255.255.255, ''",
    "0.0.0.0, ''"
  })
  void mostSpecificIPv4PrefixWinsAndEdgesAreExact(String address, String expected) {
    assertEquals(expected, match(trie(false, NESTED), address));
  }

  @ParameterizedTest
  @CsvSource({
    "2001:200::1, 2001:200::/32",
    "2001:200:e000::1, 2001:200:e000::/35",
    "2001:200:ffff:ffff:ffff:ffff:ffff:ffff, 2001:200:e000::/35",
    "2001:200:dfff:ffff:ffff:ffff:ffff:ffff, 2001:200::/32",
    "2001:320:4002:1000::1, 2001:320:4002:1000::/64",
    "2001:320:4002:1000:0:1:0:6, 2001:320:4002:1000:0:1::/96",
    "2001:320:4002:1000:0:1:0:7, 2001:320:4002:1000:0:1:0:7/128",
    "2001:320:4002:1000:0:2::, 2001:320:4002:1000::/64",
    "2001:320:4002:1001::, 2001:320::/32",
    "2001:201::, ''",
    "::1, ''"
  })
  void mostSpecificIPv6PrefixWinsIncludingPrefixesLongerThan64(String address, String expected) {
    assertEquals(expected, match(trie(true, NESTED6), address));
  }

  @ParameterizedTest
  @CsvSource({
    "93.184.216.34, 0.0.0.0/0",
    "0.0.0.0, 0.0.0.0/0",
    "127.255.255.255, 0.0.0.0/0",
    "255.255.255.255, 128.0.0.0/1",
    "1.0.5.1, 1.0.4.0/22"
  })
  void defaultRouteHoldsWhatNothingMoreSpecificHolds(String address, String expected) {
    List<String> withDefault = new ArrayList<>(NESTED);
    withDefault.add("0.0.0.0/0");
    assertEquals(expected, match(trie(false, withDefault), address));
  }

  @Test
  void withoutDefaultRouteAnUncoveredAddressMatchesNothing() {
    assertEquals("", match(trie(false, NESTED), "93.184.216.34"));
  }

  @Test
  void emptyTrieMatchesNothing() {
    assertEquals(-1, PrefixTrie.empty(false).longestMatch(IpPrefix.address("1.2.3.4")));
  }

  @Test
  void otherFamilyNeverMatches() {
    assertEquals(-1, trie(false, List.of("0.0.0.0/0")).longestMatch(IpPrefix.address("::1")));
  }

  @Test
  void duplicatePrefixKeepsTheFirstValue() {
    PrefixTrieBuilder b = new PrefixTrieBuilder(false);
    assertTrue(b.put(IpPrefix.parse("1.0.0.0/24"), 7));
    assertFalse(b.put(IpPrefix.parse("1.0.0.0/24"), 9));
    PrefixTrie t = b.build();
    assertEquals(7, t.value(t.longestMatch(IpPrefix.address("1.0.0.1"))));
    assertEquals(1, t.size());
  }

  @Test
  void rejectsPrefixOfTheOtherFamily() {
    PrefixTrieBuilder b = new PrefixTrieBuilder(false);
    assertThrows(IllegalArgumentException.class, () -> b.put(IpPrefix.parse("::/0"), 1));
  }

  /** Below 4096 prefixes the walk starts at the root, above it at the first-16-bits index. */
  @ParameterizedTest
  @CsvSource({"false, 1000", "false, 9000", "true, 1000", "true, 9000"})
  void agreesWithBruteForceOnRandomPrefixes(boolean ipv6, int count) {
    Random random = new Random(20230501L + count);
    List<IpPrefix> prefixes = new ArrayList<>();
    PrefixTrieBuilder b = new PrefixTrieBuilder(ipv6);
    while (prefixes.size() < count) {
      IpPrefix p = randomPrefix(random, ipv6);
      if (b.put(p, prefixes.size())) {
        prefixes.add(p);
      }
    }
    PrefixTrie t = b.build();
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      IpPrefix address = randomAddressNear(random, prefixes.get(random.nextInt(count)));
      int node = t.longestMatch(address);
      IpPrefix expected = bruteForce(prefixes, address);
      IpPrefix actual = node < 0 ? null : t.prefix(node);
      if (expected == null ? actual != null : !expected.equals(actual)) {
        mismatches.add(address + ": expected " + expected + ", got " + actual);
      }
    }
    assertEquals(List.of(), mismatches);
  }

  /** Prefixes of every length, crowded into a few /8s (IPv4) or 2000::/5 (IPv6) to nest. */
  private static IpPrefix randomPrefix(Random random, boolean ipv6) {
    if (!ipv6) {
      int length = random.nextInt(33);
      long address = (long) (1 + random.nextInt(3)) << 24 | random.nextInt(1 << 24);
      return IpPrefix.ipv4(address, 32).truncate(length);
    }
    int length = random.nextInt(129);
    long hi = 0x2000_0000_0000_0000L | (random.nextLong() >>> 5);
    return new IpPrefix(true, hi, random.nextLong(), 128).truncate(length);
  }

  /** An address sharing the prefix's first bits except the last two, so it may fall either side. */
  private static IpPrefix randomAddressNear(Random random, IpPrefix base) {
    IpPrefix anywhere = randomPrefix(random, base.ipv6());
    int keep = Math.max(0, base.length() - 2);
    long hi = (base.hi() & IpPrefix.maskHi(keep)) | (anywhere.hi() & ~IpPrefix.maskHi(keep));
    long lo = (base.lo() & IpPrefix.maskLo(keep)) | (anywhere.lo() & ~IpPrefix.maskLo(keep));
    return new IpPrefix(base.ipv6(), hi, base.ipv6() ? lo : 0, base.ipv6() ? 128 : 32);
  }

  private static IpPrefix bruteForce(List<IpPrefix> prefixes, IpPrefix address) {
    IpPrefix best = null;
    for (IpPrefix p : prefixes) {
      if (p.contains(address) && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    return best;
  }

  private static PrefixTrie trie(boolean ipv6, List<String> prefixes) {
    PrefixTrieBuilder b = new PrefixTrieBuilder(ipv6);
    for (int i = 0; i < prefixes.size(); i++) {
      b.put(IpPrefix.parse(prefixes.get(i)), i);
    }
    return b.build();
  }

  private static String match(PrefixTrie trie, String address) {
    int node = trie.longestMatch(IpPrefix.address(address));
    return node < 0 ? "" : trie.prefix(node).toString();
  }
}
