package org.cyberwatch.pipelines.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyberwatch.pipelines.Pipelines;
import org.cyberwatch.pipelines.load.postgres.PostgresLoadException;

/**
 * Figures (c) and (d): runs the jar's own {@code reprocess} command in this JVM (exactly what an
 * operator runs: migrations, run record, job, reconciled counts) on a runner into PostgreSQL, once
 * over a few cans (the fixed cost) and once over the whole corpus, each into a fresh {@link
 * BenchSchema}, and checks that every measurement was loaded.
 */
final class RunnerBench {
  private final BenchSchema schemas;
  private final BenchConfig config;

  RunnerBench(BenchSchema schemas, BenchConfig config) {
    this.schemas = schemas;
    this.config = config;
  }

  /**
   * Measures one runner.
   *
   * @param label names the runner in the report
   * @param slug names its schemas ({@code [a-z0-9]})
   * @param runnerFlags Beam flags choosing the runner
   */
  RunnerResult measure(String label, String slug, List<String> runnerFlags, Corpus corpus,
      TinyInput tiny) {
    RunnerRun small = run(slug + "_tiny", tiny.inputs(), tiny.measurements(), runnerFlags);
    RunnerRun full = run(slug + "_full", corpus.inputGlob(), corpus.measurements(), runnerFlags);
    return new RunnerResult(label, small, full);
  }

  private RunnerRun run(String slug, String input, long measurements, List<String> runnerFlags) {
    String schema = BenchSchema.PREFIX + slug;
    schemas.create(schema);
    try {
      List<String> args = new ArrayList<>(List.of("reprocess", "--input=" + input,
          "--postgresUrl=" + schemas.url(schema), "--postgresUser=" + config.postgres().user()));
      if (config.postgresPasswordFile() != null) {
        args.add("--postgresPasswordFile=" + config.postgresPasswordFile());
      }
      if (config.snapshots() != null) {
        args.add("--snapshots=" + config.snapshots().toAbsolutePath());
      }
      args.addAll(runnerFlags);
      long cpu = ResourceMeter.processCpuNanos();
      long wall = System.nanoTime();
      int exit = Pipelines.commandLine().execute(args.toArray(String[]::new));
      double seconds = (System.nanoTime() - wall) / 1e9;
      double cpuSeconds = (ResourceMeter.processCpuNanos() - cpu) / 1e9;
      return new RunnerRun(measurements, seconds, cpuSeconds, exit, loadedRows(schema, exit));
    } finally {
      schemas.drop(schema);
    }
  }

  /** Rows loaded; -1 when a failed run left no table to count. */
  private long loadedRows(String schema, int exit) {
    try {
      return schemas.measurements(schema);
    } catch (PostgresLoadException e) {
      if (exit == 0) {
        throw e;
      }
      return -1;
    }
  }

  /** The input of the tiny run: the first cans of the corpus, as a comma-separated list. */
  record TinyInput(String inputs, long measurements) {
    static TinyInput of(Corpus corpus, long atLeast) throws java.io.IOException {
      List<String> paths = new ArrayList<>();
      long n = 0;
      for (Path can : corpus.cans()) {
        if (n >= atLeast) {
          break;
        }
        paths.add(can.toAbsolutePath().toString());
        n += Corpus.countEntries(can);
      }
      return new TinyInput(String.join(",", paths), n);
    }
  }
}
