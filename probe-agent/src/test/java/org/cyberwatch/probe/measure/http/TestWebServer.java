package org.cyberwatch.probe.measure.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;

/**
 * A JDK HTTP or HTTPS server for tests: {@code GET /doc} answers a fixed 1256-byte document,
 * {@code /missing} 404, {@code /hangup} closes the connection without answering.
 */
public final class TestWebServer implements AutoCloseable {

  /** Length of the document at {@code /doc}. */
  public static final int DOCUMENT_LENGTH = 1256;

  private final HttpServer server;

  private TestWebServer(HttpServer server) {
    this.server = server;
    server.createContext("/", TestWebServer::handle);
    server.start();
  }

  /** Plain HTTP on {@code bind} (port 0: any). */
  public static TestWebServer http(InetSocketAddress bind) throws IOException {
    return new TestWebServer(HttpServer.create(bind, 16));
  }

  /** HTTPS on {@code bind} with {@code tls}. */
  public static TestWebServer https(InetSocketAddress bind, SSLContext tls) throws IOException {
    HttpsServer server = HttpsServer.create(bind, 16);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    return new TestWebServer(server);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/hangup")) {
      exchange.close();
      return;
    }
    try (exchange) {
      if (!path.equals("/doc")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = "d".repeat(DOCUMENT_LENGTH).getBytes(StandardCharsets.US_ASCII);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
