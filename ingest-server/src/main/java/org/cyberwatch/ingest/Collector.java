package org.cyberwatch.ingest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.cyberwatch.ingest.checkin.CheckInService;
import org.cyberwatch.ingest.checkin.LocalHelpers;
import org.cyberwatch.ingest.checkin.TargetList;
import org.cyberwatch.ingest.checkin.TargetListFile;
import org.cyberwatch.ingest.config.ConfigException;
import org.cyberwatch.ingest.config.ConfigKey;
import org.cyberwatch.ingest.config.ConfigSource;
import org.cyberwatch.ingest.config.IngestConfig;
import org.cyberwatch.ingest.config.NatSettings;
import org.cyberwatch.ingest.geo.GeoLocator;
import org.cyberwatch.ingest.geo.SnapshotGeoLocator;
import org.cyberwatch.ingest.http.CollectorHttpServer;
import org.cyberwatch.ingest.http.HttpServices;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.peers.NatDetectionRemotes;
import org.cyberwatch.ingest.peers.PeerIds;
import org.cyberwatch.ingest.peers.PeerLocator;
import org.cyberwatch.ingest.relay.OoniUpstream;
import org.cyberwatch.ingest.relay.RelayOutbox;
import org.cyberwatch.ingest.relay.RelayWorker;
import org.cyberwatch.ingest.relay.RelayingSink;
import org.cyberwatch.ingest.report.MeasurementSink;
import org.cyberwatch.ingest.report.ReportService;
import org.cyberwatch.ingest.tunnel.TunnelTelemetryService;
import org.cyberwatch.ingest.upload.Backoff;
import org.cyberwatch.schemas.cli.ImplementationVersion;
import org.cyberwatch.schemas.validate.SchemaValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running collector: storage, services, the HTTP API, the NAT-detection remotes and the
 * background tasks (sealing and uploading cans, relaying, reloading snapshots).
 */
public final class Collector implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Collector.class);
  private static final int MAX_PEERS = 100_000;

  private final List<AutoCloseable> resources = new ArrayList<>(); // closed in reverse order
  private CollectorHttpServer http;

  private Collector() {}

  /** Opens storage, starts every task and the HTTP server; the port is bound when this returns. */
  public static Collector start(IngestConfig config, Clock clock, IngestMetrics metrics) throws Exception {
    Collector c = new Collector();
    try {
      c.run(config, clock, metrics);
      return c;
    } catch (Exception e) {
      c.close();
      throw e;
    }
  }

  private void run(IngestConfig config, Clock clock, IngestMetrics metrics) throws Exception {
    String version = ImplementationVersion.of(Collector.class);
    SecureRandom random = new SecureRandom();
    CollectorStorage storage = CollectorStorage.open(config, clock, metrics);
    resources.add(storage);
    BackgroundTasks tasks = new BackgroundTasks();
    resources.add(tasks);
    MeasurementSink sink = relay(config, storage.spool()::append, tasks, clock);
    GeoLocator geo = geo(config, clock, tasks);
    Supplier<TargetList> targets = targets(config);
    ReportService reports = new ReportService(config.collectorId(), version, clock, random, sink);
    TunnelTelemetryService tunnels = new TunnelTelemetryService(SchemaValidator.load(), geo, reports, sink, clock,
        config.collectorId(), version, config.allowPublicEndpoint());
    LocalHelpers helpers = nat(config, clock);
    PeerLocator peers = new PeerLocator(PeerIds.of(config.peers().secret(), random), config.peers().ttl(), clock,
        random, MAX_PEERS, geo);
    HttpServices services = new HttpServices(reports, tunnels, new CheckInService(targets, geo, reports, helpers, clock),
        targets, storage.locator()::find, peers, storage::sealNowAndUpload, storage::health, metrics);
    boolean hourly = config.cans().hourly();
    long every = hourly ? 60 : config.cans().period().toSeconds();
    tasks.every(Duration.ofSeconds(every), Duration.ofSeconds(every), "sealing and upload",
        () -> storage.sealAndUpload(hourly, clock.instant()));
    http = CollectorHttpServer.start(config.http(), services);
    resources.add(http);
    LOG.info("cyberwatch-ingest-server {} collector n{} listening on {}", version, config.collectorId(), http.localUri());
  }

  private MeasurementSink relay(IngestConfig config, MeasurementSink spool, BackgroundTasks tasks, Clock clock)
      throws IOException {
    if (config.relay().isEmpty()) {
      return spool;
    }
    RelayOutbox outbox = new RelayOutbox(config.spoolDir().resolve("relay"));
    URI upstream = config.relay().get();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    RelayWorker worker = new RelayWorker(outbox, new OoniUpstream(upstream, client),
        new Backoff(Duration.ofSeconds(5), Duration.ofHours(1), 1), clock);
    tasks.every(Duration.ofSeconds(5), Duration.ofSeconds(2), "relay", worker::runOnce);
    LOG.info("Relaying accepted measurements to {}", upstream);
    var io = Executors.newSingleThreadExecutor(r -> BackgroundTasks.daemon(r, "relay-outbox"));
    resources.add(() -> BackgroundTasks.stop(io));
    return new RelayingSink(spool, outbox, io);
  }

  private GeoLocator geo(IngestConfig config, Clock clock, BackgroundTasks tasks) throws ConfigException {
    if (config.snapshots().isEmpty()) {
      LOG.warn("No --snapshots-dir: client and endpoint ASN/country are unknown (AS0/ZZ)");
      return GeoLocator.UNKNOWN;
    }
    try {
      SnapshotGeoLocator geo = SnapshotGeoLocator.open(config.snapshots().get(), clock);
      tasks.every(Duration.ofMinutes(10), Duration.ofMinutes(10), "snapshot reload", geo::refresh);
      return geo;
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(ConfigKey.SNAPSHOTS_DIR, source(config, ConfigKey.SNAPSHOTS_DIR),
          "cannot load snapshots: " + e.getMessage());
    }
  }

  private static Supplier<TargetList> targets(IngestConfig config) throws ConfigException {
    if (config.targets().isEmpty()) {
      return () -> TargetList.EMPTY;
    }
    try {
      return TargetListFile.open(config.targets().get());
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(ConfigKey.TARGETS_FILE, source(config, ConfigKey.TARGETS_FILE), e.getMessage());
    }
  }

  private LocalHelpers nat(IngestConfig config, Clock clock) throws IOException {
    if (config.natRemotes().isEmpty()) {
      return LocalHelpers.PEER_LOCATOR_ONLY;
    }
    NatSettings nat = config.natRemotes().get();
    InetSocketAddress main = nat.main().toSocketAddress();
    List<InetSocketAddress> alt = new ArrayList<>();
    if (nat.altPort() != 0) {
      alt.add(new InetSocketAddress(main.getAddress(), nat.altPort()));
    }
    if (nat.altAddress() != null) {
      alt.add(new InetSocketAddress(nat.altAddress(), main.getPort()));
    }
    NatDetectionRemotes remotes = NatDetectionRemotes.start(main, alt, clock);
    resources.add(remotes);
    return new LocalHelpers(nat.main().host(), remotes.mainAddress().getPort(), nat.altPort(), nat.altAddress());
  }

  /** The HTTP server (port, URI). */
  public CollectorHttpServer http() {
    return http;
  }

  @Override
  public void close() throws Exception {
    Exception first = null;
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        first = first == null ? e : first;
      }
    }
    resources.clear();
    if (first != null) {
      throw first;
    }
  }

  private static ConfigSource source(IngestConfig config, ConfigKey key) {
    return config.settings().get(key).map(s -> s.source()).orElse(ConfigSource.DEFAULT);
  }
}
