package org.cyberwatch.ingest.peers;

import java.time.Instant;

/**
 * A peer as the locator remembers it, in memory only.
 *
 * @param peerId keyed hash of its address and port
 * @param address its IP address (what the locator saw on the connection); handed only to the
 *     probe asking for a peer, never written anywhere
 * @param port the TCP port it announced
 * @param proto the protocol it serves, {@code HTTP}
 * @param nat whether it announced being behind NAT
 * @param upnp whether it announced a UPnP mapping
 * @param announcedAt when it last announced itself
 */
public record Peer(String peerId, String address, int port, String proto, boolean nat, boolean upnp,
    Instant announcedAt) {

  /** Checks the parts. */
  public Peer {
    if (peerId == null || address == null || proto == null || announcedAt == null) {
      throw new IllegalArgumentException("peerId, address, proto, announcedAt: must not be null");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port: must be 1-65535, got " + port);
    }
  }

  /** The announce time as UNIX seconds with milliseconds, as the schema's {@code ts}. */
  public double ts() {
    return announcedAt.toEpochMilli() / 1000.0;
  }

  @Override
  public String toString() {
    return "Peer[" + peerId + ", port " + port + "]"; // never the address
  }
}
