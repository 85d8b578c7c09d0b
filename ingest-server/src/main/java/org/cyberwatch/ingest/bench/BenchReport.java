package org.cyberwatch.ingest.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the benchmark's figures, one fact per line, with the machine's load average (the machine
 * may be shared) before and after each measurement.
 */
final class BenchReport {

  /** The target: at least this many times the baseline … */
  static final double TARGET_RATIO = 5;
  /** … with a p99 latency under this many milliseconds. */
  static final double TARGET_P99_MS = 50;

  private static final Path LOADAVG = Path.of("/proc/loadavg");

  private final PrintStream out;

  BenchReport(PrintStream out) {
    this.out = out;
  }

  void setup(int clients, double seconds, double warmup, double zstdShare, BenchSeeds seeds, Path dir) {
    print("cyberwatch-ingest-server bench: %d clients, %.0f s measured after %.0f s warm-up, zstd share %.2f",
        clients, seconds, warmup, zstdShare);
    print("seeds: %d real measurements from %s (mean POST body %.1f KB)%s", seeds.seeds().size(), seeds.source(),
        seeds.meanBodyBytes() / 1000, seeds.skipped().isEmpty() ? "" : "; skipped " + seeds.skipped());
    print("disk: %s; %d processors; load average %s", dir.toAbsolutePath().normalize(),
        Runtime.getRuntime().availableProcessors(), loadAverage());
  }

  void baseline(String when, double filesPerSecond, double seconds) {
    print("baseline %s (one file per measurement: write .tmp, fsync, rename; sequential, %.0f s): %.0f files/s;"
        + " load average %s", when, seconds, filesPerSecond, loadAverage());
  }

  void load(LoadResult r) {
    print("collector: %d measurements acknowledged in %.1f s = %.0f durable measurements/s; %d failed%s",
        r.acknowledged(), r.seconds(), r.perSecond(), r.failed(),
        r.firstFailure() == null ? "" : " (first: " + r.firstFailure() + ")");
    LatencyStats l = r.latency();
    print("latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms", LatencyStats.millis(l.p50Nanos()),
        LatencyStats.millis(l.p99Nanos()), LatencyStats.millis(l.maxNanos()));
    if (r.cpuSeconds() >= 0 && r.clientCpuSeconds() >= 0) {
      double collector = r.cpuSeconds() - r.clientCpuSeconds();
      print("CPU: %.2f cores busy in this process: collector (with GC and JIT) %.2f, %.2f ms per measurement;"
          + " clients %.2f, %.2f ms per measurement", r.cpuSeconds() / r.seconds(), collector / r.seconds(),
          r.cpuMillisPerMeasurement(collector), r.clientCpuSeconds() / r.seconds(),
          r.cpuMillisPerMeasurement(r.clientCpuSeconds()));
    }
    print("journal: %d fsyncs (mean %.1f ms) for %d measurements = %.1f measurements per fsync; load average %s",
        r.fsyncs(), r.meanFsyncMillis(), r.committed(), r.perFsync(), loadAverage());
  }

  void comparison(LoadResult r, double baseline) {
    double ratio = r.perSecond() / baseline;
    double p99 = LatencyStats.millis(r.latency().p99Nanos());
    boolean met = ratio >= TARGET_RATIO && p99 < TARGET_P99_MS;
    print("ratio: %.1f x the baseline's mean of %.0f files/s (target >= %.0f x with p99 < %.0f ms: %s)", ratio,
        baseline, TARGET_RATIO, TARGET_P99_MS, met ? "met" : "not met");
  }

  /** "1, 5 and 15 minute" figures from /proc/loadavg, else the JVM's 1-minute figure. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(LOADAVG).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private void print(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
  }
}
