package org.cyberwatch.pipelines.load.aggregate;

/**
 * The statements that recompute one UTC day of {@code asn_stats} and {@code as_edges_daily} from
 * the stored per-measurement rows ({@code measurements}, {@code path_edges}). Upserts replace a
 * value only when it differs; deletes drop aggregate rows whose sources are gone. Parameters: the
 * day ({@code date}) and, for measurements, the day's start and end ({@code timestamptz}, so the
 * time indexes serve the scan).
 */
final class DailyAggregateSql {
  /** Parameters: day, day start, next day start. */
  static final String UPSERT_ASN_STATS =
      "INSERT INTO asn_stats (asn, cc, day, test_name, measurement_count, anomaly_count,"
          + " confirmed_count, failure_count)"
          + " SELECT probe_asn, probe_cc, ?::date, test_name, count(*),"
          + " count(*) FILTER (WHERE anomaly), count(*) FILTER (WHERE confirmed),"
          + " count(*) FILTER (WHERE msm_failure)"
          + " FROM measurements WHERE measurement_start_time >= ? AND measurement_start_time < ?"
          + " GROUP BY probe_asn, probe_cc, test_name"
          + " ON CONFLICT (asn, cc, day, test_name) DO UPDATE SET"
          + " measurement_count = EXCLUDED.measurement_count, anomaly_count = EXCLUDED.anomaly_count,"
          + " confirmed_count = EXCLUDED.confirmed_count, failure_count = EXCLUDED.failure_count"
          + " WHERE ROW(asn_stats.measurement_count, asn_stats.anomaly_count,"
          + " asn_stats.confirmed_count, asn_stats.failure_count) IS DISTINCT FROM"
          + " ROW(EXCLUDED.measurement_count, EXCLUDED.anomaly_count, EXCLUDED.confirmed_count,"
          + " EXCLUDED.failure_count)";

  /** Parameters: day, day start, next day start. */
  static final String DELETE_STALE_ASN_STATS =
      "DELETE FROM asn_stats s WHERE s.day = ? AND NOT EXISTS (SELECT 1 FROM measurements m"
          + " WHERE m.probe_asn = s.asn AND m.probe_cc = s.cc AND m.test_name = s.test_name"
          + " AND m.measurement_start_time >= ? AND m.measurement_start_time < ?)";

  /** Parameter: day. */
  static final String UPSERT_AS_EDGES =
      "INSERT INTO as_edges_daily (src_asn, dst_asn, day, observed_count, min_rtt_ms, max_rtt_ms)"
          + " SELECT src_asn, dst_asn, day, count(*), min(rtt_ms), max(rtt_ms)"
          + " FROM path_edges WHERE day = ? GROUP BY src_asn, dst_asn, day"
          + " ON CONFLICT (src_asn, dst_asn, day) DO UPDATE SET"
          + " observed_count = EXCLUDED.observed_count, min_rtt_ms = EXCLUDED.min_rtt_ms,"
          + " max_rtt_ms = EXCLUDED.max_rtt_ms"
          + " WHERE ROW(as_edges_daily.observed_count, as_edges_daily.min_rtt_ms,"
          + " as_edges_daily.max_rtt_ms) IS DISTINCT FROM"
          + " ROW(EXCLUDED.observed_count, EXCLUDED.min_rtt_ms, EXCLUDED.max_rtt_ms)";

  /** Parameter: day. Returns the pairs deleted. */
  static final String DELETE_STALE_AS_EDGES =
      "DELETE FROM as_edges_daily e WHERE e.day = ? AND NOT EXISTS (SELECT 1 FROM path_edges p"
          + " WHERE p.day = e.day AND p.src_asn = e.src_asn AND p.dst_asn = e.dst_asn)"
          + " RETURNING e.src_asn, e.dst_asn";

  /** Parameter: day. The pairs the day has after the recompute. */
  static final String AS_EDGES_OF_DAY =
      "SELECT src_asn, dst_asn FROM as_edges_daily WHERE day = ?";

  private DailyAggregateSql() {}
}
