package org.cyberwatch.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP proxy in front of the collector whose gate the test can close: after a given number of
 * submissions it lets no further request through, so the test knows when no acknowledgement is on
 * its way to the agent. Requests held at a closed gate are never forwarded (their agent was killed
 * meanwhile); they are answered 503 when the gate opens. Counts the submissions the collector
 * acknowledged ({@code POST /report/{id}} answered 200, tunnel reports answered 201).
 */
final class GatedProxy implements AutoCloseable {
  private static final List<String> FORWARDED_HEADERS = List.of("Content-Type",
      "Content-Encoding", "User-Agent");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final HttpClient client = HttpClient.newHttpClient();
  private final URI upstream;
  private int acknowledged;
  private int closeAt = Integer.MAX_VALUE;
  private boolean closed;
  private int held;
  private int inFlight;
  private long epoch;

  GatedProxy(URI upstream) throws IOException {
    this.upstream = upstream;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Submissions the collector acknowledged through this proxy. */
  synchronized int acknowledged() {
    return acknowledged;
  }

  /** Closes the gate once {@code more} further submissions were acknowledged. */
  synchronized void closeAfter(int more) {
    closeAt = acknowledged + more;
  }

  /** Opens the gate; requests held so far are answered 503, never forwarded. */
  synchronized void open() {
    closed = false;
    closeAt = Integer.MAX_VALUE;
    epoch++;
    notifyAll();
  }

  /**
   * Waits until the gate is closed, no request is on its way to or from the collector, and the
   * agent has sent its next request (so it has handled every answer it got).
   */
  synchronized void awaitHeldRequest(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!(closed && held > 0 && inFlight == 0)) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException("no request held at the gate within " + timeout
            + " (acknowledged " + acknowledged + ")");
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      if (!passGate()) {
        ex.sendResponseHeaders(503, -1);
        return;
      }
      HttpResponse<byte[]> r;
      try {
        r = client.send(request(ex, body), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      } finally {
        synchronized (this) {
          inFlight--;
          notifyAll();
        }
      }
      r.headers().firstValue("Location").ifPresent(l -> ex.getResponseHeaders().set("Location", l));
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(r.body());
      }
      boolean submission = ex.getRequestURI().getPath().matches("/report/[^/]+")
          ? r.statusCode() == 200 : r.statusCode() == 201;
      acknowledge(submission);
    }
  }

  /** False for a request that was held at the closed gate: its agent is gone by now. */
  private synchronized boolean passGate() {
    long mine = epoch;
    boolean waited = false;
    held++;
    notifyAll();
    try {
      while (closed && epoch == mine) {
        waited = true;
        wait();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      held--;
    }
    if (waited) {
      return false;
    }
    inFlight++;
    return true;
  }

  private synchronized void acknowledge(boolean submission) {
    if (submission && ++acknowledged >= closeAt) {
      closed = true;
    }
    notifyAll();
  }

  private HttpRequest request(HttpExchange ex, byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(upstream.resolve(
        ex.getRequestURI().getRawPath().substring(1))).timeout(Duration.ofSeconds(30))
        .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    for (String h : FORWARDED_HEADERS) {
      String v = ex.getRequestHeaders().getFirst(h);
      if (v != null) {
        b.header(h, v);
      }
    }
    return b.build();
  }

  @Override
  public void close() {
    open();
    server.stop(0);
    executor.shutdownNow();
  }
}
