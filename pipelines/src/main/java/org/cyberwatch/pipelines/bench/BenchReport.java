package org.cyberwatch.pipelines.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The bench's printed report, section by section; the figures table comes last. */
final class BenchReport {
  private final PrintStream out;

  BenchReport(PrintStream out) {
    this.out = out;
  }

  void machine() {
    Runtime rt = Runtime.getRuntime();
    f("cyberWatch bench, %s%n", Instant.now());
    f("  JVM %s %s, %d processors, max heap %d MiB, GC %s, load average %.2f%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        rt.availableProcessors(), rt.maxMemory() >> 20, gcNames(), ResourceMeter.load());
  }

  void seeds(List<Path> dirs, SeedDocuments seeds) {
    f("seeds: %d real measurements from %s (%d files skipped: not measurements or over %d bytes)%n",
        seeds.documents().size(), dirs, seeds.skipped().size(), SeedDocuments.MAX_SEED_BYTES);
  }

  void corpus(Corpus c, double seconds) {
    String how = seconds < 0 ? "reused" : String.format(Locale.ROOT, "generated in %.1f s", seconds);
    f("corpus: %s, %s%n", c.root(), how);
    f("  %,d measurements in %,d jsonl.gz cans: %.1f MB compressed, %.1f MB JSON "
            + "(mean %,d B, largest %,d B)%n", c.measurements(), c.cans().size(),
        c.compressedBytes() / 1e6, c.jsonBytes() / 1e6, c.jsonBytes() / Math.max(1, c.measurements()),
        c.largestDocument());
    f("  tests: %s%n", c.describeMix());
  }

  void setup(double seconds, Path snapshots) {
    f("setup: scorers (shipped fingerprints) and snapshot catalog in %.1f s; snapshots %s%n",
        seconds, snapshots == null ? "none (enrichment returns unknowns)" : snapshots);
  }

  void pass(String what, PassResult r) {
    f("%-42s %,9d msmt: wall %6.2f s = %,8.0f msmt/s | CPU %6.2f s = %,8.0f msmt/s "
            + "(%,7.0f ns/msmt) | GC %.2f s | load %.1f%n", what, r.measurements(),
        r.wallNanos() / 1e9, r.wallRate(), r.cpuNanos() / 1e9, r.cpuRate(),
        r.cpuNanosPerMeasurement(), r.gcNanos() / 1e9, r.loadAverage());
  }

  void stages(StageClock clock, PassResult r, long failures, int snapshotSets) {
    f("where (a)'s thread time goes at the largest scale (%d stage failures, %d snapshot sets):%n",
        failures, snapshotSets);
    for (Stage s : Stage.values()) {
      f("  %-36s %,8.1f us/msmt  %5.1f %%%n", s.label(),
          clock.nanos(s) / 1e3 / Math.max(1, r.measurements()), 100 * clock.share(s));
    }
  }

  void skipped(String why) {
    f("(c)/(d) skipped: %s%n", why);
  }

  void runner(RunnerResult r) {
    f("%s%n", r.describe());
  }

  void table(List<Figure> figures) {
    f("%nfigures (verdicts computed from this run's measurements):%n%s",
        FiguresTable.render(figures));
  }

  private static String gcNames() {
    return String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(gc -> gc.getName()).toList());
  }

  private void f(String format, Object... args) {
    out.printf(Locale.ROOT, format, args);
    out.flush();
  }
}
