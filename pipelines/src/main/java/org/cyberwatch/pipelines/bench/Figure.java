package org.cyberwatch.pipelines.bench;

import java.util.Locale;

/**
 * One line of the bench table: what was measured, the value, the target and the {@link Verdict},
 * always computed from the value (never set by hand).
 *
 * @param id short name, e.g. {@code (a)}
 * @param what what the figure measures
 * @param measured the value as printed
 * @param target the target as printed, or "-" for none
 * @param verdict how the value compares
 */
public record Figure(String id, String what, String measured, String target, Verdict verdict) {
  public Figure {
    if (id == null || what == null || measured == null || target == null || verdict == null) {
      throw new IllegalArgumentException("id, what, measured, target, verdict: required");
    }
  }

  /** A figure that passes when {@code value >= target}; NaN (not measurable) misses. */
  public static Figure atLeast(String id, String what, double value, double target, String unit) {
    Verdict v = !Double.isNaN(value) && value >= target ? Verdict.PASS : Verdict.MISS;
    return new Figure(id, what, number(value) + " " + unit, ">= " + number(target) + " " + unit, v);
  }

  /**
   * Cost growth: passes when the largest per-measurement cost is at most {@code maxRatio} times
   * the smallest (linear growth = flat cost per measurement).
   *
   * @param costs cost per measurement at each scale (e.g. ns/msmt at 1×, 4×, 16×)
   */
  public static Figure flat(String id, String what, double[] costs, double maxRatio) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    boolean valid = costs.length > 0;
    for (double c : costs) {
      valid &= !Double.isNaN(c) && c > 0;
      min = Math.min(min, c);
      max = Math.max(max, c);
    }
    double ratio = valid ? max / min : Double.NaN;
    Verdict v = valid && ratio <= maxRatio ? Verdict.PASS : Verdict.MISS;
    return new Figure(id, what, "max/min " + ratio(ratio), "<= " + ratio(maxRatio), v);
  }

  /** A figure without a target. */
  public static Figure info(String id, String what, String measured) {
    return new Figure(id, what, measured, "-", Verdict.INFO);
  }

  /** A figure that was not measured, and why. */
  public static Figure skipped(String id, String what, String target, String why) {
    return new Figure(id, what, "skipped: " + why, target, Verdict.SKIPPED);
  }

  /** {@code 12345.6} as {@code 12,346}; NaN as {@code n/a}. */
  static String number(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String ratio(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }
}
