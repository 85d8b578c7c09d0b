package org.cyberwatch.ingest.http;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.cyberwatch.ingest.checkin.CheckInService;
import org.cyberwatch.ingest.checkin.LocalHelpers;
import org.cyberwatch.ingest.checkin.TargetList;
import org.cyberwatch.ingest.config.HttpSettings;
import org.cyberwatch.ingest.config.ListenAddress;
import org.cyberwatch.ingest.geo.GeoLocator;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.peers.PeerIds;
import org.cyberwatch.ingest.peers.PeerLocator;
import org.cyberwatch.ingest.report.MeasurementSink;
import org.cyberwatch.ingest.report.ReportService;
import org.cyberwatch.ingest.spool.SpoolFullException;
import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.ingest.testing.MutableClock;
import org.cyberwatch.ingest.tunnel.TunnelTelemetryService;
import org.cyberwatch.schemas.validate.SchemaValidator;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;

/**
 * The API on Jetty's in-memory {@link LocalConnector}: real request parsing and routing, no
 * sockets; services over in-memory fakes (a sink the test controls, a map of stored measurements).
 */
final class LocalApi implements AutoCloseable {

  static final Instant NOW = Instant.parse("2024-02-14T09:06:17Z");
  static final String ADMIN_TOKEN = "test-admin-token-0123456789";
  static final int MAX_BODY = 64 * 1024;
  static final int MAX_DECOMPRESSED = 128 * 1024;
  private static final SchemaValidator VALIDATOR = SchemaValidator.load();

  /** What the fake spool does with an append. */
  enum SinkMode { DURABLE_AT_ONCE, HOLD, FULL }

  final MutableClock clock = new MutableClock(NOW);
  final IngestMetrics metrics = new IngestMetrics();
  final List<SpoolRecord> appended = new ArrayList<>();
  final java.util.concurrent.BlockingQueue<CompletableFuture<Void>> held = new java.util.concurrent.LinkedBlockingQueue<>();
  final Map<String, byte[]> stored = new HashMap<>();
  final AtomicInteger seals = new AtomicInteger();
  volatile SinkMode mode = SinkMode.DURABLE_AT_ONCE;
  private final Server server = new Server();
  private final LocalConnector connector = new LocalConnector(server);

  LocalApi(TargetList targets) throws Exception {
    MeasurementSink sink = this::append;
    ReportService reports = new ReportService("1", "test", clock, new SecureRandom(), sink);
    GeoLocator geo = GeoLocator.UNKNOWN;
    HttpServices services = new HttpServices(reports,
        new TunnelTelemetryService(VALIDATOR, geo, reports, sink, clock, "1", "test", false),
        new CheckInService(() -> targets, geo, reports, LocalHelpers.PEER_LOCATOR_ONLY, clock),
        () -> targets, uid -> Optional.ofNullable(stored.get(uid)),
        new PeerLocator(PeerIds.of("secret", new SecureRandom()), Duration.ofHours(1), clock, new Random(1), 10),
        () -> Map.of("sealed_measurements", seals.incrementAndGet()),
        () -> Map.of("status", "ok"), metrics);
    HttpSettings settings = new HttpSettings(new ListenAddress("", 0), MAX_BODY, MAX_DECOMPRESSED, null, ADMIN_TOKEN);
    server.addConnector(connector);
    server.setHandler(new ApiHandler(CollectorHttpServer.routes(settings, services),
        new RequestBody(MAX_BODY, MAX_DECOMPRESSED), metrics));
    server.setErrorHandler(new JsonErrorHandler());
    server.start();
  }

  private synchronized CompletableFuture<Void> append(SpoolRecord r) throws SpoolFullException {
    switch (mode) {
      case FULL -> throw new SpoolFullException(SpoolFullException.Reason.DISK_FLOOR, "test floor");
      case HOLD -> {
        appended.add(r);
        CompletableFuture<Void> f = new CompletableFuture<>();
        held.add(f);
        return f;
      }
      default -> {
        appended.add(r);
        return CompletableFuture.completedFuture(null);
      }
    }
  }

  /** A request with a Host header and, when there is a body, its length. */
  static HttpTester.Request request(String method, String path, byte[] body, String... headers) {
    HttpTester.Request r = HttpTester.newRequest();
    r.setMethod(method);
    r.setURI(path);
    r.setHeader("Host", "collector.test");
    for (int i = 0; i < headers.length; i += 2) {
      r.setHeader(headers[i], headers[i + 1]);
    }
    if (body != null) {
      r.setContent(ByteBuffer.wrap(body));
    }
    return r;
  }

  HttpTester.Response send(HttpTester.Request r) throws Exception {
    return HttpTester.parseResponse(connector.getResponse(r.generate()));
  }

  /** Sends raw request text (for URIs HttpTester would normalise). */
  HttpTester.Response sendRaw(String raw) throws Exception {
    return HttpTester.parseResponse(connector.getResponse(raw));
  }

  /** Starts a request and returns its end point, to read the answer later. */
  LocalConnector.LocalEndPoint start(HttpTester.Request r) {
    return connector.executeRequest(org.eclipse.jetty.util.BufferUtil.toString(r.generate()));
  }

  /** The next held append's future, waiting for the handler to get there. */
  CompletableFuture<Void> nextHeld() throws InterruptedException {
    CompletableFuture<Void> f = held.poll(10, java.util.concurrent.TimeUnit.SECONDS);
    if (f == null) {
      throw new AssertionError("no append within 10 s");
    }
    return f;
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
