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
 * @param asn the AS of the peer's address ({@code AS<n>}) as the locator placed it from the
 *     collector's snapshots, or null when it did not say; recorded instead of the address
 * @param cc the country of the peer's address likewise, or null
 */
public record LocatedPeer(String peerId, String address, int port, String proto, boolean nat,
    double ts, String asn, String cc) {

  private static final Pattern PEER_ID = Pattern.compile("^[0-9a-f]{32}$");
  private static final Pattern ASN = Pattern.compile("^AS[0-9]{1,10}$");
  private static final Pattern CC = Pattern.compile("^[A-Z]{2}$");

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
    if (asn != null && !ASN.matcher(asn).matches()) {
      throw new IllegalArgumentException("asn must be AS<number> or null: " + asn);
    }
    if (cc != null && !CC.matcher(cc).matches()) {
      throw new IllegalArgumentException("cc must be two upper-case letters or null: " + cc);
    }
  }

  /** A peer whose AS and country the locator did not say. */
  public LocatedPeer(String peerId, String address, int port, String proto, boolean nat,
      double ts) {
    this(peerId, address, port, proto, nat, ts, null, null);
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
