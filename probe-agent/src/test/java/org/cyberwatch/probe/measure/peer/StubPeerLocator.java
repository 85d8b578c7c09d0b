package org.cyberwatch.probe.measure.peer;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the collector's peer locator that speaks {@link HttpPeerLocatorClient}'s protocol
 * and always hands out one configured peer; it records what was announced.
 */
public final class StubPeerLocator implements AutoCloseable {

  private final HttpServer server;
  private final List<String> announcements = new CopyOnWriteArrayList<>();

  /** Serves on {@code bind}, handing out {@code peer} (null: no peer). */
  public StubPeerLocator(InetSocketAddress bind, LocatedPeer peer) throws IOException {
    server = HttpServer.create(bind, 8);
    server.createContext(HttpPeerLocatorClient.PATH, exchange -> {
      try (exchange) {
        announcements.add(new String(exchange.getRequestBody().readAllBytes(),
            StandardCharsets.UTF_8));
        String answer = peer == null ? "{\"peer\":null}" : "{\"peer\":{\"peer_id\":\""
            + peer.peerId() + "\",\"address\":\"" + peer.address() + "\",\"port\":" + peer.port()
            + ",\"proto\":\"HTTP\",\"nat\":" + peer.nat() + ",\"ts\":" + peer.ts() + "}}";
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Bodies of the announcements received so far. */
  public List<String> announcements() {
    return List.copyOf(announcements);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
