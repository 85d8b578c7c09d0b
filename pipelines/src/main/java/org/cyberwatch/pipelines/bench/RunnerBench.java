package org.cyberwatch.pipelines.bench;

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
   * Measures one runner: a first tiny run (not counted: the runner's first-use costs in this JVM,
   * class loading and JIT), then the tiny run that estimates its fixed cost, then the full run.
   *
   * @param label names the runner in the report
   * @param slug names its schemas ({@code [a-z0-9]})
   * @param runnerFlags Beam flags choosing the runner
   */
  RunnerResult measure(String label, String slug, List<String> runnerFlags, CanSelection tiny,
      CanSelection full) {
    run(slug + "_warmup", tiny, runnerFlags);
    RunnerRun small = run(slug + "_tiny", tiny, runnerFlags);
    return new RunnerResult(label, small, run(slug + "_full", full, runnerFlags));
  }

  private RunnerRun run(String slug, CanSelection input, List<String> runnerFlags) {
    String schema = BenchSchema.PREFIX + slug;
    schemas.create(schema);
    try {
      List<String> args = new ArrayList<>(List.of("reprocess", "--input=" + input.inputs(),
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
      return new RunnerRun(input.measurements(), seconds, cpuSeconds, exit, loadedRows(schema, exit));
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
}
