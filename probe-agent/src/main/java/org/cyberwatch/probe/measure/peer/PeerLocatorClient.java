package org.cyberwatch.probe.measure.peer;

import java.io.IOException;
import java.util.Optional;

/**
 * The collector's peer-locator helper, seen from the probe: announce this probe's test server and
 * get back one random fresh peer that announced itself earlier. {@link HttpPeerLocatorClient} talks
 * to a collector; tests use a stub.
 */
public interface PeerLocatorClient {

  /**
   * Announces {@code self} and returns the peer the locator handed out, empty when it knows none.
   *
   * @throws IOException when the locator could not be reached or did not answer in time
   * @throws InvalidLocatorResponseException when it answered something that is not a locator answer
   */
  Optional<LocatedPeer> announce(Announcement self)
      throws IOException, InterruptedException, InvalidLocatorResponseException;
}
