package org.cyberwatch.ingest.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.cyberwatch.ingest.geo.GeoInfo;
import org.cyberwatch.ingest.geo.GeoLocator;
import org.cyberwatch.ingest.testing.MutableClock;
import org.junit.jupiter.api.Test;

class PeerLocatorTest {

  private static final Announcement HTTP_8080 = new Announcement(8080, "HTTP", true, false);
  private final MutableClock clock = new MutableClock(Instant.parse("2023-11-17T10:15:00Z"));
  private final PeerIds ids = PeerIds.of("collector secret", new SecureRandom());
  private final PeerLocator locator = new PeerLocator(ids, Duration.ofHours(1), clock, new Random(7), 3);

  @Test
  void firstProbeGetsNoPeerAndTheSecondGetsTheFirst() {
    Optional<Peer> first = locator.announce(HTTP_8080, "198.51.100.1");
    Peer second = locator.announce(new Announcement(41873, "HTTP", false, true), "203.0.113.7").orElseThrow();

    assertEquals(List.of(Optional.empty(), ids.of("198.51.100.1", 8080), "198.51.100.1", 8080, true,
            1700216100.0),
        List.of(first, second.peerId(), second.address(), second.port(), second.nat(), second.ts()));
  }

  @Test
  void handedOutPeerIsPlacedInItsAsAndCountryByTheCollectorsSnapshots() {
    GeoLocator snapshots = ip -> ip.equals("198.51.100.1") ? new GeoInfo(64500, "AU", "Example AS")
        : GeoInfo.UNKNOWN;
    PeerLocator located = new PeerLocator(ids, Duration.ofHours(1), clock, new Random(7), 3, snapshots);
    located.announce(HTTP_8080, "198.51.100.1");
    Peer peer = located.announce(HTTP_8080, "203.0.113.7").orElseThrow();

    assertEquals("AS64500 AU", located.whereIs(peer).probeAsn() + " " + located.whereIs(peer).cc());
  }

  @Test
  void withoutSnapshotsThePeersPlaceIsUnknown() {
    locator.announce(HTTP_8080, "198.51.100.1");
    Peer peer = locator.announce(HTTP_8080, "203.0.113.7").orElseThrow();

    assertEquals(GeoInfo.UNKNOWN, locator.whereIs(peer));
  }

  @Test
  void probeIsNeverHandedAPeerAtItsOwnAddress() {
    locator.announce(HTTP_8080, "198.51.100.1");

    assertEquals(Optional.empty(), locator.announce(new Announcement(9090, "HTTP", true, false), "198.51.100.1"));
  }

  @Test
  void probeWithoutServerGetsAPeerButIsNotListed() {
    locator.announce(HTTP_8080, "198.51.100.1");

    Optional<Peer> got = locator.announce(new Announcement(0, "HTTP", true, false), "203.0.113.7");

    assertEquals(List.of(true, 1), List.of(got.isPresent(), locator.size()));
  }

  @Test
  void oneAddressWrittenTwoWaysIsOnePeer() {
    locator.announce(HTTP_8080, "2001:DB8:0:0:0:0:0:1");

    assertEquals(Optional.empty(), locator.announce(HTTP_8080, "[2001:db8::1]"));
    assertEquals(1, locator.size());
  }

  @Test
  void peersAreForgottenAfterTheTtl() {
    locator.announce(HTTP_8080, "198.51.100.1");
    clock.advance(Duration.ofMinutes(61));

    assertEquals(Optional.empty(), locator.announce(HTTP_8080, "203.0.113.7"));
  }

  @Test
  void reannouncingRefreshesThePeer() {
    locator.announce(HTTP_8080, "198.51.100.1");
    clock.advance(Duration.ofMinutes(50));
    locator.announce(HTTP_8080, "198.51.100.1");
    clock.advance(Duration.ofMinutes(50));

    assertEquals(Optional.of("198.51.100.1"), locator.announce(HTTP_8080, "203.0.113.7").map(Peer::address));
  }

  @Test
  void stalestPeerGoesWhenTheLocatorIsFull() {
    for (int i = 1; i <= 4; i++) {
      locator.announce(HTTP_8080, "198.51.100." + i);
      clock.advance(Duration.ofSeconds(1));
    }
    Set<String> handed = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      locator.announce(new Announcement(0, "HTTP", false, false), "203.0.113.7").ifPresent(p -> handed.add(p.address()));
    }

    assertEquals(Set.of("198.51.100.2", "198.51.100.3", "198.51.100.4"), handed);
  }

  @Test
  void peerTextNeverShowsTheAddress() {
    Peer p = new Peer(ids.of("198.51.100.1", 8080), "198.51.100.1", 8080, "HTTP", true, false, clock.instant());

    assertTrue(!p.toString().contains("198.51.100.1"), p.toString());
  }
}
