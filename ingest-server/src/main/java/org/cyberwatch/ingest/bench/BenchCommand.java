package org.cyberwatch.ingest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cyberwatch.schemas.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cyberwatch-ingest-server bench}: how many measurements a collector makes durable per
 * second on this machine's disk, against the naive one-fsync-per-file spool measured in the same
 * run on the same disk. Starts an in-process collector (real HTTP on loopback, the spool in a
 * fresh directory under {@code --spool-dir}, local cans) and drives it with concurrent HTTP
 * clients submitting real measurements (some zstd); prints durable measurements/s, p50/p99/max
 * latency, measurements per fsync, the baseline (measured before and after the load) and the
 * ratio to the baselines' mean. Everything written is deleted at the end unless {@code --keep}.
 */
@Command(name = "bench", sortOptions = false,
    description = "Measures durable measurements/s, latency and measurements per fsync of an in-process"
        + " collector under concurrent HTTP clients, and the naive one-fsync-per-file spool on the same disk.")
public final class BenchCommand implements Callable<Integer> {

  private static final String ACCESS_LOGGER = "org.slf4j.simpleLogger.log.org.cyberwatch.ingest.access";
  /** Connections per server the JDK's {@code HttpURLConnection} keeps alive (default 5). */
  private static final String KEEP_ALIVE_CONNECTIONS = "http.maxConnections";

  @Option(names = "--clients", paramLabel = "N", description = "concurrent HTTP clients (default: ${DEFAULT-VALUE})")
  int clients = 32;

  @Option(names = "--seconds", paramLabel = "S", description = "measured seconds of load (default: ${DEFAULT-VALUE})")
  double seconds = 10;

  @Option(names = "--warmup", paramLabel = "S", description = "seconds of load before measuring (default: ${DEFAULT-VALUE})")
  double warmup = 30;

  @Option(names = "--baseline-seconds", paramLabel = "S",
      description = "seconds of the one-fsync-per-file baseline, run before and after the load"
          + " (default: ${DEFAULT-VALUE})")
  double baselineSeconds = 3;

  @Option(names = "--spool-dir", paramLabel = "DIR",
      description = "a fresh bench-* directory is made in DIR for spool, cans and baseline files, deleted at the"
          + " end (default: .)")
  Path spoolDir = Path.of(".");

  @Option(names = "--zstd-share", paramLabel = "F",
      description = "share of submissions sent zstd-compressed, 0..1 (default: ${DEFAULT-VALUE})")
  double zstdShare = 0.3;

  @Option(names = "--seeds", paramLabel = "DIR", description = "directory of real measurements (*.json) to submit"
      + " (default: ../shared/corpus/ooni-spec-examples if present, else the examples in the jar)")
  Path seedsDir;

  @Option(names = "--access-log", description = "keep the per-request access log (off: it would flood stderr)")
  boolean accessLog;

  @Option(names = "--keep", description = "keep the bench directory")
  boolean keep;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || seconds <= 0 || warmup < 0 || baselineSeconds <= 0 || zstdShare < 0 || zstdShare > 1) {
      System.err.println("bench: --clients >= 1, --seconds > 0, --warmup >= 0, --baseline-seconds > 0,"
          + " --zstd-share in 0..1");
      return ExitCode.USAGE.code();
    }
    BenchSeeds seeds;
    try {
      seeds = BenchSeeds.load(seedsDir);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("bench: --seeds: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    if (!accessLog) {
      System.setProperty(ACCESS_LOGGER, "warn");
    }
    System.setProperty(KEEP_ALIVE_CONNECTIONS, Integer.toString(clients));
    Path dir = Files.createTempDirectory(Files.createDirectories(spoolDir), "bench-");
    try {
      return measure(new BenchReport(System.out), seeds, dir);
    } finally {
      if (!keep) {
        deleteTree(dir);
      }
    }
  }

  /** Baseline, load, baseline, comparison; the exit code. */
  private int measure(BenchReport report, BenchSeeds seeds, Path dir) throws Exception {
    report.setup(clients, seconds, warmup, zstdShare, seeds, dir);
    List<byte[]> bodies = seeds.seeds().stream().map(s -> BenchBodies.post(s.measurement())).toList();
    double before = FsyncBaseline.filesPerSecond(dir.resolve("baseline-before"), bodies, baselineSeconds);
    report.baseline("before", before, baselineSeconds);
    LoadResult load = CollectorLoad.run(dir.resolve("collector"), seeds, clients, zstdShare, warmup, seconds);
    report.load(load);
    double after = FsyncBaseline.filesPerSecond(dir.resolve("baseline-after"), bodies, baselineSeconds);
    report.baseline("after", after, baselineSeconds);
    report.comparison(load, (before + after) / 2);
    return load.acknowledged() > 0 ? ExitCode.OK.code() : ExitCode.RUNTIME_FAILURE.code();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
