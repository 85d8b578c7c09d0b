package org.cyberwatch.ingest.peers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.cyberwatch.ingest.geo.GeoInfo;
import org.cyberwatch.ingest.geo.GeoLocator;

/**
 * The peer locator test helper (after the CENO2 testbed's): probes announce the port of their test
 * server and their NAT flag; each gets back one random fresh peer that announced itself earlier.
 *
 * <p>Privacy: peers are held in memory only, keyed by {@link PeerIds peer id}, and forgotten after
 * the TTL or when the process stops; nothing is ever written to disk. The address is needed to
 * hand the asking probe something it can connect to, so the answer carries it next to the peer
 * id; the probe connects to it and records only the peer id. A probe is never handed a peer with
 * its own address. Thread-safe; at most {@code maxPeers} peers (the stalest go first).
 */
public final class PeerLocator {

  private final PeerIds ids;
  private final Duration ttl;
  private final Clock clock;
  private final RandomGenerator random;
  private final int maxPeers;
  private final GeoLocator geo;
  private final LinkedHashMap<String, Peer> peers = new LinkedHashMap<>(); // oldest announcement first

  /** A locator keeping peers fresh for {@code ttl}, without geolocation. */
  public PeerLocator(PeerIds ids, Duration ttl, Clock clock, RandomGenerator random, int maxPeers) {
    this(ids, ttl, clock, random, maxPeers, GeoLocator.UNKNOWN);
  }

  /**
   * A locator keeping peers fresh for {@code ttl} that tells where a handed-out peer is ({@link
   * #whereIs}) from {@code geo} (the collector's dated snapshots).
   */
  public PeerLocator(PeerIds ids, Duration ttl, Clock clock, RandomGenerator random, int maxPeers,
      GeoLocator geo) {
    if (maxPeers < 1) {
      throw new IllegalArgumentException("maxPeers: must be >= 1");
    }
    this.ids = ids;
    this.ttl = ttl;
    this.clock = clock;
    this.random = random;
    this.maxPeers = maxPeers;
    this.geo = geo;
  }

  /**
   * The AS and country of {@code peer}'s address ({@link GeoInfo#UNKNOWN} when the snapshots do
   * not know it): what a probe may record about the peer instead of its address.
   */
  public GeoInfo whereIs(Peer peer) {
    return geo.locate(peer.address());
  }

  /**
   * Registers the announcing probe (when its port is not 0) and picks a random fresh peer at
   * another address.
   *
   * @param seenAddress the probe's address as seen on the connection (an IP literal)
   * @return a peer, or empty when no other fresh peer is known
   */
  public synchronized Optional<Peer> announce(Announcement a, String seenAddress) {
    String address = AddressText.canonical(seenAddress);
    Instant now = clock.instant();
    expire(now);
    if (a.port() != 0) {
      String id = ids.of(address, a.port());
      peers.remove(id);
      peers.put(id, new Peer(id, address, a.port(), a.proto(), a.nat(), a.upnp(), now));
      if (peers.size() > maxPeers) {
        peers.remove(peers.keySet().iterator().next());
      }
    }
    List<Peer> others = new ArrayList<>(peers.size());
    for (Peer p : peers.values()) {
      if (!p.address().equals(address)) {
        others.add(p);
      }
    }
    return others.isEmpty() ? Optional.empty() : Optional.of(others.get(random.nextInt(others.size())));
  }

  /** Peers currently remembered. */
  public synchronized int size() {
    expire(clock.instant());
    return peers.size();
  }

  private void expire(Instant now) {
    Instant oldest = now.minus(ttl);
    Iterator<Peer> it = peers.values().iterator();
    while (it.hasNext()) {
      if (!it.next().announcedAt().isBefore(oldest)) {
        return;
      }
      it.remove();
    }
  }
}
