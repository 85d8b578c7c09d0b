package org.cyberwatch.pipelines.bench;

import java.util.List;
import java.util.Locale;

/**
 * The table lines of a runner: the rate with start-up excluded (judged against the target when
 * there is one) and the gross rate of the whole command. A run that failed, did not reconcile or
 * did not load every measurement misses, whatever its speed.
 */
final class RunnerFigures {
  private RunnerFigures() {}

  /** Lines for {@code r}; {@code target} NaN for a runner shown for comparison only. */
  static List<Figure> of(String id, RunnerResult r, double target) {
    String what = "ReprocessJob into PostgreSQL, " + r.runner();
    String targetText = Double.isNaN(target) ? "-" : ">= " + Figure.number(target) + " msmt/s";
    if (!r.ok()) {
      return List.of(new Figure(id, what, failure(r), targetText, Verdict.MISS));
    }
    String net = what + ", start-up excluded";
    Figure first = Double.isNaN(target)
        ? Figure.info(id, net, Figure.number(r.netRate()) + " msmt/s")
        : Figure.atLeast(id, net, r.netRate(), target, "msmt/s");
    Figure gross = Figure.info(id, String.format(Locale.ROOT,
            "same, whole command incl. %.1f s fixed cost", r.tiny().seconds()),
        Figure.number(r.grossRate()) + " msmt/s");
    return List.of(first, gross);
  }

  private static String failure(RunnerResult r) {
    RunnerRun bad = r.tiny().ok() ? r.full() : r.tiny();
    return "run failed: exit " + bad.exitCode() + ", loaded " + bad.rowsLoaded() + " of "
        + bad.measurements();
  }
}
