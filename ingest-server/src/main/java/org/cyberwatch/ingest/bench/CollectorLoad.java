package org.cyberwatch.ingest.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import org.cyberwatch.ingest.Collector;
import org.cyberwatch.ingest.config.ConfigKey;
import org.cyberwatch.ingest.config.IngestConfig;
import org.cyberwatch.ingest.metrics.IngestMetrics;

/**
 * Drives an in-process collector (real HTTP on a loopback port, spool and local cans in a given
 * directory, hourly cans, no other options) with concurrent {@link BenchClient}s: they open their
 * reports, submit through a warm-up, then through the measured window. The journal's fsync count
 * and committed measurements are read from the collector's metrics at the window's edges.
 */
final class CollectorLoad {

  private CollectorLoad() {}

  /** One run; the collector is closed when this returns. */
  static LoadResult run(Path dir, BenchSeeds seeds, int clients, double zstdShare, double warmupSeconds,
      double seconds) throws Exception {
    IngestMetrics metrics = new IngestMetrics();
    try (Collector collector = Collector.start(IngestConfig.load(flags(dir), Map.of()), Clock.systemUTC(), metrics)) {
      URI base = collector.http().localUri();
      CountDownLatch ready = new CountDownLatch(clients);
      CountDownLatch go = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      List<BenchClient> all = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        all.add(new BenchClient(base, seeds.seeds(), zstdShare, 1000L + i, ready, go, release));
      }
      List<Thread> threads = start(all);
      ready.await();
      LoadWindow window = LoadWindow.after(System.nanoTime(), (long) (warmupSeconds * 1e9), (long) (seconds * 1e9));
      all.forEach(c -> c.window(window));
      go.countDown();
      JournalSample start;
      JournalSample end;
      try {
        start = sampleAt(window.startNanos(), metrics);
        end = sampleAt(window.endNanos(), metrics);
      } finally {
        release.countDown();
      }
      for (Thread t : threads) {
        t.join();
      }
      return result(all, window, start, end);
    }
  }

  private static List<Thread> start(List<BenchClient> clients) {
    List<Thread> threads = new ArrayList<>();
    for (BenchClient c : clients) {
      Thread t = new Thread(c, BenchClient.THREAD_PREFIX + threads.size());
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    return threads;
  }

  private static Map<ConfigKey, String> flags(Path dir) {
    Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
    flags.put(ConfigKey.LISTEN, "127.0.0.1:0");
    flags.put(ConfigKey.SPOOL_DIR, dir.resolve("spool").toString());
    flags.put(ConfigKey.CANS_DIR, dir.resolve("cans").toString());
    flags.put(ConfigKey.COLLECTOR_ID, "bench");
    return flags;
  }

  /** The journal and CPU figures at one moment. */
  private record JournalSample(long fsyncs, double committed, double fsyncSeconds, CpuSample cpu) {}

  /** Waits until {@code nanos}, then reads the figures. */
  private static JournalSample sampleAt(long nanos, IngestMetrics metrics) throws InterruptedException {
    long wait = nanos - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
    return new JournalSample(metrics.fsyncSeconds.getCount(), metrics.commitBatchSize.getSum(),
        metrics.fsyncSeconds.getSum(), CpuSample.now());
  }

  private static LoadResult result(List<BenchClient> clients, LoadWindow window, JournalSample start,
      JournalSample end) {
    long[] latencies = clients.stream().flatMapToLong(c -> LongStream.of(c.latencies())).toArray();
    long failed = clients.stream().mapToLong(BenchClient::failed).sum();
    String first = clients.stream().map(BenchClient::firstFailure).filter(f -> f != null).findFirst().orElse(null);
    return new LoadResult(clients.size(), window.seconds(), latencies.length, failed, first,
        LatencyStats.of(latencies), end.fsyncs() - start.fsyncs(), (long) (end.committed() - start.committed()),
        end.fsyncSeconds() - start.fsyncSeconds(), end.cpu().processSecondsSince(start.cpu()),
        end.cpu().clientSecondsSince(start.cpu()));
  }
}
