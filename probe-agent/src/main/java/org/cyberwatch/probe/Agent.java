package org.cyberwatch.probe;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.cyberwatch.probe.config.AgentConfig;
import org.cyberwatch.probe.ratelimit.InFlightLimit;
import org.cyberwatch.probe.ratelimit.RateLimits;
import org.cyberwatch.probe.ratelimit.Sleeper;
import org.cyberwatch.probe.ratelimit.TokenBucket;
import org.cyberwatch.probe.report.EnvelopeBuilder;
import org.cyberwatch.probe.report.ProbeNetwork;
import org.cyberwatch.probe.schedule.Scheduler;
import org.cyberwatch.probe.schedule.Task;
import org.cyberwatch.probe.status.AgentStats;
import org.cyberwatch.probe.status.StatusFile;
import org.cyberwatch.probe.status.StatusSnapshot;
import org.cyberwatch.probe.submit.CollectorClient;
import org.cyberwatch.probe.submit.Outbox;
import org.cyberwatch.probe.submit.ReportBook;
import org.cyberwatch.probe.submit.ReportFile;
import org.cyberwatch.probe.submit.Submitter;
import org.cyberwatch.probe.target.CheckInResult;
import org.cyberwatch.probe.target.ManualInbox;
import org.cyberwatch.probe.target.TargetSource;
import org.cyberwatch.probe.worker.Dispatcher;
import org.cyberwatch.probe.worker.MeasurementRunner;
import org.cyberwatch.probe.worker.MeasurerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The parts of a running agent, wired from an {@link AgentConfig}; run by {@link AgentRun}. */
final class Agent {
  private static final Logger LOG = LoggerFactory.getLogger(Agent.class);

  final AgentConfig config;
  final Clock clock;
  final Sleeper sleeper;
  final AtomicReference<ProbeNetwork> network;
  final AgentStats stats;
  final Outbox outbox;
  final List<CollectorClient> collectors;
  final Submitter submitter;
  final Scheduler scheduler;
  final TokenBucket bucket;
  final InFlightLimit inFlight;
  final ExecutorService pool;
  final Dispatcher dispatcher;
  final List<TargetSource> sources;
  final StatusFile statusFile;
  final ManualInbox inbox;
  final PeerTests peers;
  final AtomicReference<CheckInResult> lastCheckIn = new AtomicReference<>();

  Agent(AgentConfig config, MeasurerRegistry measurers, PeerTests peers, Clock clock,
      Sleeper sleeper, boolean once) throws IOException {
    this.config = config;
    this.clock = clock;
    this.sleeper = sleeper;
    this.network = new AtomicReference<>(new ProbeNetwork(config.probeCc(), config.probeAsn(),
        null));
    this.stats = new AgentStats(clock);
    this.outbox = Outbox.open(config.submit().outboxDir(), config.submit().outboxMaxBytes(), clock);
    HttpClient http = HttpClient.newBuilder().connectTimeout(config.submit().timeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.collectors = config.submit().collectors().stream()
        .map(u -> new CollectorClient(u, http, config.submit().timeout())).toList();
    this.submitter = new Submitter(outbox, collectors, ReportBook.persistent(
        new ReportFile(config.stateDir().resolve("reports.json")), collectors), clock);
    this.scheduler = new Scheduler(config.schedule());
    RateLimits rate = config.rate();
    this.bucket = new TokenBucket(rate.perMinute(), rate.burst(), clock, sleeper);
    this.inFlight = new InFlightLimit(rate.maxInFlight());
    this.pool = Executors.newFixedThreadPool(rate.maxInFlight(), r -> {
      Thread t = new Thread(r, "measure");
      t.setDaemon(true);
      return t;
    });
    String version = ProbeAgent.softwareVersion();
    EnvelopeBuilder envelopes = new EnvelopeBuilder(ProbeAgent.SOFTWARE_NAME, version,
        clock.instant());
    MeasurementRunner runner = new MeasurementRunner(measurers, envelopes, network::get, outbox,
        stats);
    this.dispatcher = new Dispatcher(scheduler, bucket, inFlight, runner, pool, clock, sleeper);
    this.statusFile = new StatusFile(config.stateDir());
    this.inbox = new ManualInbox(config.stateDir());
    this.peers = peers;
    if (measurers.tests().contains("peer_locator") && AgentSources.runsOwnNetworkTests(config)) {
      peers.startServer();
    }
    this.sources = new AgentSources(this, http, version, once).build(measurers.tests());
  }

  /** Polls {@code source} and queues its tasks (one-shot ones when {@code once}). */
  int poll(TargetSource source, boolean once) throws InterruptedException {
    try {
      int queued = 0;
      for (Task t : source.poll(clock.instant())) {
        Task task = once && t.recurring()
            ? new Task(t.target(), t.testName(), t.priority(), t.source(), t.createdAt(), false)
            : t;
        queued += scheduler.offer(task) ? 1 : 0;
      }
      if (queued > 0) {
        LOG.info("event=tasks_queued source={} count={} queue_depth={}", source.name(), queued,
            scheduler.depth());
      }
      return queued;
    } catch (IOException | RuntimeException e) {
      LOG.warn("event=source_failed source={} reason={}", source.name(), e.toString());
      return 0;
    }
  }

  StatusSnapshot snapshot() {
    ProbeNetwork n = network.get();
    return new StatusSnapshot(clock.instant(), config.worker().index(), scheduler.depth(),
        inFlight.inFlight(), outbox.depth(), outbox.bytes(), submitter.lastSubmit(),
        stats.lastMinute(), stats.measuredCount(), stats.failedCount(), stats.invalidCount(),
        stats.outboxFullCount(), scheduler.dropped(), bucket.ratePerMinute(), n.cc(), n.asn(),
        submitter.reports().openIds());
  }

  void writeStatus() {
    try {
      statusFile.write(snapshot());
    } catch (IOException e) {
      LOG.warn("event=status_write_failed reason={}", e.toString());
    }
  }

  void shutdownPool() throws InterruptedException {
    pool.shutdown();
    if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
      pool.shutdownNow();
    }
  }

  Instant now() {
    return clock.instant();
  }

  Duration statusInterval() {
    return Duration.ofSeconds(10);
  }
}
