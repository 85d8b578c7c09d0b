package org.cyberwatch.pipelines.metrics;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Every counter the pipelines report, declared once. Names are stable: they appear in the Flink UI,
 * in the end-of-run summary and in {@code pipeline_runs.counts}.
 *
 * <p>Counts reconcile: {@code entries_read = measurements_extracted + duplicates_exact +
 * duplicates_content + measurements_filtered + read_failures + parse_failures + score_failures +
 * enrich_failures + row_failures}; every extracted measurement is then loaded (a load error fails
 * the run, it is not a per-element failure). A corrupt can ({@code corrupt_cans}) ends its read: entries after the damage
 * are never read, so they are not in {@code entries_read}.
 */
public final class PipelineMetrics {
  /** The namespace of every cyberWatch counter. */
  public static final String NAMESPACE = "cyberwatch";

  public static final String CANS_READ = "cans_read";
  public static final String ENTRIES_READ = "entries_read";
  public static final String READ_FAILURES = "read_failures";
  public static final String CORRUPT_CANS = "corrupt_cans";
  public static final String PARSE_FAILURES = "parse_failures";
  public static final String PARSED = "measurements_parsed";
  public static final String DUPLICATES_EXACT = "duplicates_exact";
  public static final String DUPLICATES_CONTENT = "duplicates_content";
  public static final String FILTERED = "measurements_filtered";
  public static final String SCORED = "measurements_scored";
  public static final String SCORE_FAILURES = "score_failures";
  public static final String ENRICHED = "measurements_enriched";
  public static final String ENRICH_FAILURES = "enrich_failures";
  public static final String EXTRACTED = "measurements_extracted";
  public static final String ROW_FAILURES = "row_failures";

  private PipelineMetrics() {}

  /** The counter of that name in the cyberWatch namespace. */
  public static Counter counter(String name) {
    return Metrics.counter(NAMESPACE, name);
  }
}
