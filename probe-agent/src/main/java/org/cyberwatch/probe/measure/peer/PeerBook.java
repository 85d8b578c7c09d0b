package org.cyberwatch.probe.measure.peer;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The peers this probe has been handed by the locator, by peer id (the CENO2 test kept them in a
 * peer list file; the agent may persist this one). Thread-safe.
 */
public final class PeerBook {

  private final Map<String, LocatedPeer> peers = new LinkedHashMap<>();

  /** Remembers {@code peer} (replacing an older entry with the same id); true if it was new. */
  public synchronized boolean remember(LocatedPeer peer) {
    return peers.put(peer.peerId(), peer) == null;
  }

  /** The peer with {@code peerId}, if known. */
  public synchronized Optional<LocatedPeer> find(String peerId) {
    return Optional.ofNullable(peers.get(peerId));
  }

  /** Ids of peers that announced themselves at most {@code maxAge} before {@code now}. */
  public synchronized List<String> freshPeerIds(Instant now, Duration maxAge) {
    double oldest = now.minus(maxAge).getEpochSecond();
    return peers.values().stream().filter(p -> p.ts() >= oldest).map(LocatedPeer::peerId)
        .toList();
  }
}
