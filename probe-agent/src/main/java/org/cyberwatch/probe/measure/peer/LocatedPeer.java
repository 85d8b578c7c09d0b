package org.cyberwatch.probe.measure.peer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A peer handed out by the peer locator. The address is needed to reach the peer but never goes
 * into a measurement: only {@code peerId}, the locator's keyed hash of it, does.
 *
 * @param peerId 32 lower-case hex digits (first 128 bits of HMAC-SHA256 over {@code ip:port})
 * @param address the peer's IP address (IPv6 without brackets)
 * @param port TCP port of the peer's test server
 * @param proto protocol the peer serves (HTTP)
 * @param nat whether the peer announced it is behind NAT
 * @param ts UNIX time (seconds) of the peer's last announcement
 */
public record LocatedPeer(String peerId, String address, int port, String proto, boolean nat,
    double ts) {

  private static final Pattern PEER_ID = Pattern.compile("^[0-9a-f]{32}$");

  public LocatedPeer {
    if (peerId == null || !PEER_ID.matcher(peerId).matches()) {
      throw new IllegalArgumentException("peerId must be 32 lower-case hex digits: " + peerId);
    }
    Objects.requireNonNull(address, "address");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535: " + port);
    }
    if (!"HTTP".equals(proto)) {
      throw new IllegalArgumentException("proto must be HTTP: " + proto);
    }
    if (!(ts >= 0)) {
      throw new IllegalArgumentException("ts must be >= 0: " + ts);
    }
  }

  /** The peer as the test keys show it: {@code {peer_id, port, proto, nat, ts}}, no address. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("peer_id", peerId).put("port", port).put("proto", proto).put("nat", nat);
    return node.put("ts", ts);
  }

  @Override
  public String toString() {
    return "LocatedPeer[" + peerId + "]";
  }
}
