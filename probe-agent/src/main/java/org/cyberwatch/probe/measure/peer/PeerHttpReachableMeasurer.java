package org.cyberwatch.probe.measure.peer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import inet.ipaddr.IPAddressString;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;
import org.cyberwatch.probe.measure.Seconds;
import org.cyberwatch.probe.measure.http.Fetch;
import org.cyberwatch.probe.measure.http.HttpFetcher;

/**
 * {@code peer_http_reachable}: a plain HTTP GET of the root document of a peer from the {@link
 * PeerBook}, timed (after the CENO2 test of the same name). Input: the peer's id; the agent
 * measures each id of {@link PeerBook#freshPeerIds}. The peer's address is used for the request
 * only and appears nowhere in the result; where the locator placed it (its AS and country, from
 * the collector's snapshots) does, as {@code peer_asn} and {@code peer_cc}, when the locator said.
 */
public final class PeerHttpReachableMeasurer implements Measurer {

  private final Clock clock;
  private final HttpFetcher fetcher;
  private final PeerBook book;

  public PeerHttpReachableMeasurer(Clock clock, HttpFetcher fetcher, PeerBook book) {
    this.clock = clock;
    this.fetcher = fetcher;
    this.book = book;
  }

  @Override
  public String testName() {
    return "peer_http_reachable";
  }

  @Override
  public String testVersion() {
    return "0.1.0";
  }

  @Override
  public MeasurementResult measure(String input) throws InterruptedException {
    LocatedPeer peer = book.find(input).orElseThrow(
        () -> new IllegalArgumentException("input must be the id of a known peer: " + input));
    Instant start = clock.instant();
    Fetch fetch = fetcher.get(rootOf(peer));
    ObjectNode keys = JsonNodeFactory.instance.objectNode();
    keys.put("peer_id", peer.peerId()).put("peer_port", peer.port()).put("peer_nat", peer.nat());
    if (peer.asn() != null) {
      keys.put("peer_asn", peer.asn());
    }
    if (peer.cc() != null) {
      keys.put("peer_cc", peer.cc());
    }
    keys.put("peer_ts", peer.ts()).put("http_success", fetch.success());
    keys.put("http_response_time", fetch.seconds()).put("status_code", fetch.statusCode());
    keys.put("body_length", fetch.bodyLength()).put("failure", fetch.failure());
    return new MeasurementResult(input, start, Seconds.between(start, clock.instant()), keys);
  }

  private static URI rootOf(LocatedPeer peer) {
    boolean v6 = new IPAddressString(peer.address()).isIPv6();
    String host = v6 ? "[" + peer.address() + "]" : peer.address();
    return URI.create("http://" + host + ":" + peer.port() + "/");
  }
}
