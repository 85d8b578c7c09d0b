package org.cyberwatch.pipelines.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cyberwatch.pipelines.score.Scorers;

/**
 * One bench run: corpus, single-thread passes (b) then (a) at every scale, the runners (c)/(d),
 * then the table of figures. Targets are the issue's; every verdict is computed from what was
 * measured in this run.
 */
final class BenchRun {
  static final double TARGET_PER_CORE = 19_000;
  static final double TARGET_SHARE_OF_LIMIT = 50;
  static final double TARGET_FLINK = 10_000;
  static final double MAX_COST_RATIO = 1.25;
  static final long TINY_MEASUREMENTS = 500;
  static final String CORPUS_DIR = "cw-bench-corpus";
  static final int MAX_WARM_UPS = 5;
  static final double SETTLED_JIT_SHARE = 0.05;

  private final BenchConfig config;
  private final BenchReport report;
  private final List<Figure> figures = new ArrayList<>();

  BenchRun(BenchConfig config, PrintStream out) {
    this.config = config;
    this.report = new BenchReport(out);
  }

  /** Runs everything; false when a runner run failed. */
  boolean run() throws IOException {
    report.machine();
    Corpus corpus = corpus();
    long limit = config.baseSize() * config.maxScale();
    singleThread(corpus, limit);
    boolean ok = runners(corpus);
    report.table(figures);
    return ok;
  }

  private Corpus corpus() throws IOException {
    SeedDocuments seeds = SeedDocuments.load(config.seeds());
    report.seeds(config.seeds(), seeds);
    Path root = config.workDir().resolve(CORPUS_DIR);
    Optional<Corpus> reused = CorpusManifest.reuse(root, config.measurements(),
        config.corpusSeed(), seeds);
    if (reused.isPresent()) {
      report.corpus(reused.get(), -1);
      return reused.get();
    }
    CorpusManifest.delete(root);
    long started = System.nanoTime();
    Corpus corpus = new CorpusGenerator(seeds, config.corpusSeed())
        .write(root, config.measurements());
    CorpusManifest.write(corpus, config.corpusSeed(), seeds);
    report.corpus(corpus, (System.nanoTime() - started) / 1e9);
    return corpus;
  }

  private void singleThread(Corpus corpus, long limit) throws IOException {
    long started = System.nanoTime();
    Scorers scorers = Scorers.standard();
    DayLookups lookups = DayLookups.of(config.snapshots());
    report.setup((System.nanoTime() - started) / 1e9, config.snapshots());
    ParseOnlyPass parseOnly = new ParseOnlyPass();
    ProcessingPass processing = new ProcessingPass(scorers, lookups);
    warmUp("(b)", () -> parseOnly.run(corpus, limit));
    warmUp("(a)", () -> processing.run(corpus, limit, new StageClock()));
    PassResult limitPass = parseOnly.run(corpus, limit);
    report.pass("(b) gzip read + parse only", limitPass);
    List<PassResult> scaled = new ArrayList<>();
    StageClock clock = null;
    for (int scale : config.scales()) {
      clock = new StageClock();
      PassResult r = processing.run(corpus, scale * config.baseSize(), clock);
      report.pass("(a) " + scale + "x parse+identify+score+enrich+rows", r);
      scaled.add(r);
    }
    report.stages(clock, scaled.get(scaled.size() - 1), processing.failures(),
        lookups.loadedSets());
    singleThreadFigures(limitPass, scaled);
  }

  /** One pass of a warm-up. */
  private interface WarmUpPass {
    PassResult run() throws IOException;
  }

  /**
   * Runs a pass until the JIT has settled: again while the compilers spent more than
   * {@value #SETTLED_JIT_SHARE} of the pass's CPU time compiling (they run on their own threads and
   * fall behind on a busy machine; their work would be charged to the measured pass), at most
   * {@value #MAX_WARM_UPS} times.
   */
  private void warmUp(String figure, WarmUpPass pass) throws IOException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    for (int i = 1; i <= MAX_WARM_UPS; i++) {
      long jitBefore = jit.getTotalCompilationTime();
      PassResult r = pass.run();
      double jitNanos = (jit.getTotalCompilationTime() - jitBefore) * 1e6;
      report.pass("warm-up " + figure + " " + i + ", not counted", r);
      if (jitNanos <= SETTLED_JIT_SHARE * r.cpuNanos()) {
        return;
      }
    }
  }

  private void singleThreadFigures(PassResult limit, List<PassResult> scaled) {
    PassResult full = scaled.get(scaled.size() - 1);
    String n = Figure.number(full.measurements()) + " msmt";
    figures.add(Figure.atLeast("(a)", "parse+score+enrich, 1 thread, per CPU-second (" + n + ")",
        full.cpuRate(), TARGET_PER_CORE, "msmt/s"));
    figures.add(Figure.atLeast("(a)", String.format(java.util.Locale.ROOT,
            "same, per wall-clock second (load average %.1f)", full.loadAverage()),
        full.wallRate(), TARGET_PER_CORE, "msmt/s"));
    figures.add(Figure.info("(b)", "gzip read + Jackson parse only, per CPU-second (the limit)",
        Figure.number(limit.cpuRate()) + " msmt/s, "
            + Figure.number(limit.cpuMegabytesPerSecond()) + " MB/s"));
    figures.add(Figure.atLeast("(a/b)", "(a) as a share of (b), CPU time",
        100 * full.cpuRate() / limit.cpuRate(), TARGET_SHARE_OF_LIMIT, "%"));
    double[] costs = scaled.stream().mapToDouble(PassResult::cpuNanosPerMeasurement).toArray();
    StringBuilder what = new StringBuilder("(a) CPU ns/msmt at");
    for (int i = 0; i < costs.length; i++) {
      what.append(i == 0 ? " " : ", ").append(config.scales().get(i)).append("x ")
          .append(Figure.number(costs[i]));
    }
    figures.add(Figure.flat("(a) linear", what.toString(), costs, MAX_COST_RATIO));
  }

  private boolean runners(Corpus corpus) throws IOException {
    if (!config.runsRunners()) {
      String why = config.postgres() == null ? "no --postgres-url (run pipelines/bench.sh)"
          : "--skip-runners";
      report.skipped(why);
      figures.add(Figure.skipped("(c)", "ReprocessJob into PostgreSQL, Flink [local] p=2",
          ">= " + Figure.number(TARGET_FLINK) + " msmt/s", why));
      figures.add(Figure.skipped("(d)", "ReprocessJob into PostgreSQL, direct runner", "-", why));
      return true;
    }
    RunnerBench bench = new RunnerBench(new BenchSchema(config.postgres()), config);
    CanSelection tiny = CanSelection.first(corpus, TINY_MEASUREMENTS);
    RunnerResult flink = bench.measure("FlinkRunner [local] parallelism 2", "flink",
        List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"), tiny,
        CanSelection.all(corpus));
    report.runner(flink);
    CanSelection directInput = config.directMeasurements() == 0 ? CanSelection.all(corpus)
        : CanSelection.first(corpus, config.directMeasurements());
    String subset = directInput.measurements() == corpus.measurements() ? ""
        : ", first " + Figure.number(directInput.measurements()) + " msmt";
    // the direct runner's element checks encode every element and walk the transform hierarchy
    // per bundle: tests want them, a measurement of the job does not (README, "How it measures")
    RunnerResult direct = bench.measure("DirectRunner (checks off" + subset + ")", "direct",
        List.of("--runner=DirectRunner", "--enforceImmutability=false",
            "--enforceEncodability=false"), tiny, directInput);
    report.runner(direct);
    figures.addAll(RunnerFigures.of("(c)", flink, TARGET_FLINK));
    figures.addAll(RunnerFigures.of("(d)", direct, Double.NaN));
    return flink.ok() && direct.ok();
  }
}
