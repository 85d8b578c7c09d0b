package org.cyberwatch.probe.measure.peer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small HTTP server a probe runs so that other probes can test whether they reach it: {@code
 * GET /} answers 200 with a fixed test document, anything else 404. It runs for the life of the
 * agent, so that peers handed this probe's address later can still reach it.
 */
public final class PeerTestServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PeerTestServer.class);

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] document;

  private PeerTestServer(HttpServer server, ExecutorService executor, byte[] document) {
    this.server = server;
    this.executor = executor;
    this.document = document;
  }

  /**
   * Starts serving on {@code bind} (port 0: any free port) a document of {@code documentBytes}
   * bytes.
   */
  public static PeerTestServer start(InetSocketAddress bind, int documentBytes) throws IOException {
    if (documentBytes < 1 || documentBytes > 16 * 1024 * 1024) {
      throw new IllegalArgumentException("documentBytes must be 1..16 MiB: " + documentBytes);
    }
    byte[] document = new byte[documentBytes];
    Arrays.fill(document, (byte) 'c');
    HttpServer server = HttpServer.create(bind, 16);
    ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "peer-test-server");
      t.setDaemon(true);
      return t;
    });
    PeerTestServer peerServer = new PeerTestServer(server, executor, document);
    server.createContext("/", peerServer::handle);
    server.setExecutor(executor);
    server.start();
    LOG.info("peer test server listening on port {} ({} byte document)", peerServer.port(),
        documentBytes);
    return peerServer;
  }

  /** The TCP port served. */
  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      boolean root = exchange.getRequestURI().getPath().equals("/");
      boolean get = exchange.getRequestMethod().equals("GET");
      if (!root || !get) {
        exchange.sendResponseHeaders(root ? 405 : 404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, document.length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(document);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
