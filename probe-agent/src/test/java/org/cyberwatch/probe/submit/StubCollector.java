package org.cyberwatch.probe.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.Zstd;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * A minimal in-test collector speaking the OONI probe API (tests only): opens reports, takes
 * submissions (zstd, gzip or plain), closes reports, answers check-ins with a canned body, takes
 * tunnel telemetry reports ({@code POST /report} with {@code report-type}: 201 and a Location).
 * Records every request, decoded.
 */
public final class StubCollector implements AutoCloseable {
  /** One request as the stub decoded it. */
  public record Received(String method, String path, String encoding, byte[] body) {
    public JsonNode json() throws IOException {
      return new ObjectMapper().readTree(body);
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new ArrayList<>();
  private final AtomicInteger reports = new AtomicInteger();
  private volatile boolean refuseZstd;
  private volatile int failWith;
  private volatile String checkInAnswer = "{}";
  private volatile boolean tunnelReports = true;

  public StubCollector() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", this::handle);
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  public StubCollector refusingZstd() {
    refuseZstd = true;
    return this;
  }

  public StubCollector failingWith(int status) {
    failWith = status;
    return this;
  }

  /** Answers tunnel telemetry reports like an OONI collector: as an open-report request (200). */
  public StubCollector withoutTunnelTelemetry() {
    tunnelReports = false;
    return this;
  }

  public StubCollector answeringCheckIn(String json) {
    checkInAnswer = json;
    return this;
  }

  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  public synchronized List<Received> submissions() {
    return received.stream().filter(r -> r.path().matches("/report/[^/]+")).toList();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String enc = ex.getRequestHeaders().getFirst("Content-Encoding");
      byte[] raw = ex.getRequestBody().readAllBytes();
      String path = ex.getRequestURI().getPath();
      if (failWith != 0) {
        reply(ex, failWith, "{\"error\":\"down\"}");
        return;
      }
      if ("zstd".equals(enc) && refuseZstd) {
        reply(ex, 415, "{\"error\":\"unsupported encoding\"}");
        return;
      }
      byte[] body = decode(enc, raw);
      synchronized (this) {
        received.add(new Received(ex.getRequestMethod(), path, enc, body));
      }
      if (path.equals("/report") && tunnelReports && new String(body, StandardCharsets.UTF_8)
          .contains("\"report-type\"")) {
        ex.getResponseHeaders().set("Location", "/api/v1/measurement/20260101000000.000000_ZZ_"
            + "tunneltelemetry_" + String.format("%016x", received.size()));
        reply(ex, 201, new String(body, StandardCharsets.UTF_8));
      } else if (path.equals("/report")) {
        String id = "20260101T000000Z_tcpconnect_ZZ_0_n1_stubreport" + reports.incrementAndGet()
            + "xxxxxxxxxxxx";
        reply(ex, 200, "{\"backend_version\":\"stub\",\"report_id\":\"" + id
            + "\",\"supported_formats\":[\"json\"]}");
      } else if (path.endsWith("/close")) {
        reply(ex, 200, "{}");
      } else if (path.startsWith("/report/")) {
        reply(ex, 200, "{\"measurement_uid\":\"20260101000000.000000_ZZ_tcpconnect_"
            + String.format("%016x", received.size()) + "\"}");
      } else if (path.equals("/api/v1/check-in")) {
        reply(ex, 200, checkInAnswer);
      } else {
        reply(ex, 404, "{}");
      }
    }
  }

  private static byte[] decode(String enc, byte[] raw) throws IOException {
    if ("zstd".equals(enc)) {
      return Zstd.decompress(raw, (int) Zstd.getFrameContentSize(raw));
    }
    if ("gzip".equals(enc)) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
        return in.readAllBytes();
      }
    }
    return raw;
  }

  private static void reply(HttpExchange ex, int status, String json) throws IOException {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
