package org.cyberwatch.probe;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import org.cyberwatch.probe.measure.peer.HttpPeerLocatorClient;
import org.cyberwatch.probe.measure.peer.NatFlag;
import org.cyberwatch.probe.measure.peer.PeerBook;
import org.cyberwatch.probe.measure.peer.PeerTestServer;

/**
 * What the two peer tests share for the life of the agent: the {@link PeerBook} of located peers,
 * the peer locator of the first collector, and this probe's {@link PeerTestServer} on {@code
 * peer.server_port} (none when the port is 0: {@code peer_locator} then announces port 0).
 */
final class PeerTests implements AutoCloseable {
  /** Size of the document the peer test server serves. */
  static final int DOCUMENT_BYTES = 16 * 1024;

  private final PeerBook book = new PeerBook();
  private final Optional<URI> collector;
  private final int configuredPort;
  private volatile PeerTestServer server;

  /**
   * @param firstCollector base URL of the collector whose locator is used, if any
   * @param serverPort port for the test server, 0 for none
   */
  PeerTests(Optional<URI> firstCollector, int serverPort) {
    this.collector = firstCollector;
    this.configuredPort = serverPort;
  }

  /** The book of peers the locator handed out. */
  PeerBook book() {
    return book;
  }

  /** Base URL of the collector whose locator is used; empty when no collector is configured. */
  Optional<URI> collector() {
    return collector;
  }

  /** The locator's URL: the input of {@code peer_locator} tasks (for per-host politeness). */
  Optional<String> locatorUrl() {
    return collector.map(c -> HttpPeerLocatorClient.endpoint(c).toString());
  }

  /** This probe's NAT flag towards the collector (true when it cannot tell). */
  boolean natFlag() {
    return collector.map(c -> NatFlag.towards(new InetSocketAddress(c.getHost(),
        c.getPort() > 0 ? c.getPort() : "https".equals(c.getScheme()) ? 443 : 80))).orElse(true);
  }

  /** Port of the running test server, 0 when none runs. */
  int serverPort() {
    PeerTestServer s = server;
    return s == null ? 0 : s.port();
  }

  /** Starts the test server on all addresses when a port is configured and it is not running. */
  synchronized void startServer() throws IOException {
    if (configuredPort != 0 && server == null) {
      server = PeerTestServer.start(new InetSocketAddress(configuredPort), DOCUMENT_BYTES);
    }
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
