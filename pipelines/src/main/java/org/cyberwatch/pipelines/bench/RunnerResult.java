package org.cyberwatch.pipelines.bench;

import java.util.Locale;

/**
 * Figure (c) or (d): a runner's full run over the corpus and a tiny run (a few cans) that
 * estimates its fixed cost (JVM-side start-up, migrations, job graph, run record).
 *
 * @param runner what ran, e.g. {@code FlinkRunner [local] parallelism 2}
 * @param tiny the tiny run
 * @param full the run over the whole corpus
 */
public record RunnerResult(String runner, RunnerRun tiny, RunnerRun full) {
  public RunnerResult {
    if (runner == null || tiny == null || full == null) {
      throw new IllegalArgumentException("runner, tiny, full: required");
    }
  }

  /** Measurements per second of the whole full run, start-up included. */
  public double grossRate() {
    return full.seconds() == 0 ? Double.NaN : full.measurements() / full.seconds();
  }

  /**
   * Measurements per second with start-up excluded: the extra measurements of the full run over
   * the extra time it took beyond the tiny run. NaN when that difference is not positive.
   */
  public double netRate() {
    double dt = full.seconds() - tiny.seconds();
    long dn = full.measurements() - tiny.measurements();
    return dt <= 0 || dn <= 0 ? Double.NaN : dn / dt;
  }

  /** Both runs finished, reconciled and loaded every measurement. */
  public boolean ok() {
    return tiny.ok() && full.ok();
  }

  /** One line for the report. */
  public String describe() {
    return String.format(Locale.ROOT,
        "%s: tiny %d msmt in %.1f s (fixed cost), full %d msmt in %.1f s, JVM CPU %.0f s; "
            + "loaded %d/%d rows, exit %d", runner, tiny.measurements(), tiny.seconds(),
        full.measurements(), full.seconds(), full.cpuSeconds(), full.rowsLoaded(),
        full.measurements(), full.exitCode());
  }
}
