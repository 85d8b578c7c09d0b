package org.cyberwatch.probe.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.cyberwatch.probe.status.StatusSnapshot;
import org.cyberwatch.probe.target.ManualInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local control endpoint, on 127.0.0.1 only: {@code GET /status} answers the status JSON;
 * {@code POST /targets} with {@code test input} lines (at most 64 KiB) queues manual targets
 * (202). One thread; nothing else is served.
 */
public final class ControlServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);
  private static final int MAX_BODY = 64 * 1024;

  private final HttpServer server;

  private ControlServer(HttpServer server) {
    this.server = server;
  }

  /** Starts on 127.0.0.1:{@code port} (0 picks a free port). */
  public static ControlServer start(int port, Supplier<StatusSnapshot> status, ManualInbox inbox)
      throws IOException {
    HttpServer s = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8);
    s.createContext("/status", ex -> handle(ex, () -> {
      if (!"GET".equals(ex.getRequestMethod())) {
        return reply(ex, 405, "{\"error\":\"GET only\"}");
      }
      return reply(ex, 200, status.get().toJson().toString());
    }));
    s.createContext("/targets", ex -> handle(ex, () -> targets(ex, inbox)));
    s.setExecutor(Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "control");
      t.setDaemon(true);
      return t;
    }));
    s.start();
    LOG.info("event=control_started address={}", s.getAddress());
    return new ControlServer(s);
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static int targets(HttpExchange ex, ManualInbox inbox) throws IOException {
    if (!"POST".equals(ex.getRequestMethod())) {
      return reply(ex, 405, "{\"error\":\"POST only\"}");
    }
    byte[] body = ex.getRequestBody().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      return reply(ex, 413, "{\"error\":\"body over 64 KiB\"}");
    }
    List<String> lines = Arrays.stream(new String(body, StandardCharsets.UTF_8).split("\n"))
        .filter(l -> !l.isBlank()).toList();
    try {
      inbox.drop(lines);
    } catch (IllegalArgumentException e) {
      return reply(ex, 400, "{\"error\":\"expected lines 'test input'\"}");
    }
    return reply(ex, 202, "{\"queued\":" + lines.size() + "}");
  }

  private interface Handler {
    int handle() throws IOException;
  }

  private static void handle(HttpExchange ex, Handler h) throws IOException {
    try (ex) {
      h.handle();
    }
  }

  private static int reply(HttpExchange ex, int status, String json) throws IOException {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
    return status;
  }
}
