package org.cyberwatch.pipelines.reprocess;

import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.cyberwatch.pipelines.metrics.PipelineMetrics;

/**
 * The counters of a finished run and whether they reconcile (see {@link PipelineMetrics}): every
 * entry read is extracted, a duplicate, filtered, beyond {@code --stopAfter}, or a failure.
 *
 * @param values counter name → value (committed values where the runner has them)
 * @param stopAfter the run's {@code --stopAfter} (0 = none)
 */
public record RunCounts(Map<String, Long> values, long stopAfter) {
  public RunCounts {
    values = Map.copyOf(values);
  }

  /** Reads the cyberWatch counters of {@code result}. */
  public static RunCounts of(PipelineResult result, long stopAfter) {
    MetricQueryResults q = result.metrics().queryMetrics(MetricsFilter.builder().build());
    Map<String, Long> values = new TreeMap<>();
    for (MetricResult<Long> c : q.getCounters()) {
      if (PipelineMetrics.NAMESPACE.equals(c.getName().getNamespace())) {
        values.merge(c.getName().getName(), value(c), Long::sum);
      }
    }
    return new RunCounts(values, stopAfter);
  }

  private static long value(MetricResult<Long> c) {
    try {
      return c.getCommitted();
    } catch (UnsupportedOperationException notCommitted) {
      return c.getAttempted();
    }
  }

  public long get(String name) {
    return values.getOrDefault(name, 0L);
  }

  /** Parsed measurements dropped by {@code --stopAfter}. */
  public long beyondStopAfter() {
    return stopAfter == 0 ? 0 : Math.max(0, get(PipelineMetrics.PARSED) - stopAfter);
  }

  /** Entries read minus everything that accounts for them; 0 when the counts reconcile. */
  public long unaccounted() {
    long accounted = get(PipelineMetrics.EXTRACTED) + get(PipelineMetrics.DUPLICATES_EXACT)
        + get(PipelineMetrics.DUPLICATES_CONTENT) + get(PipelineMetrics.FILTERED)
        + beyondStopAfter() + get(PipelineMetrics.READ_FAILURES) + get(PipelineMetrics.PARSE_FAILURES)
        + get(PipelineMetrics.SCORE_FAILURES) + get(PipelineMetrics.ENRICH_FAILURES)
        + get(PipelineMetrics.ROW_FAILURES);
    return get(PipelineMetrics.ENTRIES_READ) - accounted;
  }
}
