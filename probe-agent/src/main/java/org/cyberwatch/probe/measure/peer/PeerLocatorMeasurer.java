package org.cyberwatch.probe.measure.peer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.cyberwatch.probe.measure.FailureVocabulary;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;
import org.cyberwatch.probe.measure.Seconds;

/**
 * {@code peer_locator} (no input): announces this probe's {@link PeerTestServer} port and NAT flag
 * to the collector's peer locator and records the peer it hands back in the {@link PeerBook}
 * (status {@code new_peer} or {@code known_peer}). The peer's address stays in the book; the test
 * keys carry only its peer id.
 */
public final class PeerLocatorMeasurer implements Measurer {

  private final Clock clock;
  private final PeerLocatorClient locator;
  private final IntSupplier serverPort;
  private final boolean nat;
  private final PeerBook book;

  /**
   * @param serverPort the port of this probe's running test server, 0 when none runs
   * @param nat this probe's NAT flag ({@link NatFlag#towards})
   */
  public PeerLocatorMeasurer(Clock clock, PeerLocatorClient locator, IntSupplier serverPort,
      boolean nat, PeerBook book) {
    this.clock = clock;
    this.locator = locator;
    this.serverPort = serverPort;
    this.nat = nat;
    this.book = book;
  }

  @Override
  public String testName() {
    return "peer_locator";
  }

  @Override
  public String testVersion() {
    return "0.1.0";
  }

  @Override
  public MeasurementResult measure(String input) throws InterruptedException {
    if (input != null) {
      throw new IllegalArgumentException("peer_locator takes no input: " + input);
    }
    Instant start = clock.instant();
    Announcement self = new Announcement(serverPort.getAsInt(), nat, false);
    ObjectNode keys = JsonNodeFactory.instance.objectNode();
    keys.set("announced", self.toJson());
    try {
      Optional<LocatedPeer> peer = locator.announce(self);
      keys.put("status", peer.map(p -> book.remember(p) ? "new_peer" : "known_peer")
          .orElse("no_peer"));
      keys.set("peer", peer.map(LocatedPeer::toJson).orElse(null));
      keys.putNull("failure");
    } catch (InvalidLocatorResponseException e) {
      // The locator answered, so failure stays null (as the schema says); the status tells.
      keys.put("status", "invalid_response").putNull("peer").putNull("failure");
    } catch (IOException e) {
      keys.put("status", "error").putNull("peer").put("failure", FailureVocabulary.of(e));
    }
    return new MeasurementResult(null, start, Seconds.between(start, clock.instant()), keys);
  }
}
