package org.cyberwatch.testing.demo;

/** The SQL behind the demo summary (one constant per section). */
final class DemoQueries {
  static final String PER_TEST =
      "SELECT test_name, count(*), count(*) FILTER (WHERE anomaly),"
          + " count(*) FILTER (WHERE confirmed), count(*) FILTER (WHERE msm_failure)"
          + " FROM measurements GROUP BY test_name ORDER BY test_name";

  static final String ANOMALIES =
      "SELECT test_name, probe_cc, left(coalesce(input, '-'), 60), count(*) FILTER (WHERE anomaly),"
          + " count(*) FILTER (WHERE confirmed) FROM measurements WHERE anomaly OR confirmed"
          + " GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3 LIMIT 12";

  static final String NAT_TYPES =
      "SELECT mapping, filtering, count(*) FROM nat_observations GROUP BY 1, 2 ORDER BY 3 DESC";

  static final String PEERS =
      "SELECT 'AS' || src_asn, coalesce('AS' || dst_asn, 'unknown'), coalesce(dst_nat::text, 'unknown'),"
          + " count(*), count(*) FILTER (WHERE http_success)"
          + " FROM peer_observations GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";

  static final String TUNNELS =
      "SELECT proto, port, coalesce(failure_op || ' ' || failure_error, 'ok'), count(*)"
          + " FROM tunnel_reports GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";

  static final String EDGES =
      "SELECT 'AS' || e.src_asn || coalesce(' ' || s.name, ''), 'AS' || e.dst_asn"
          + " || coalesce(' ' || d.name, ''), sum(e.observed_count), round(min(e.min_rtt_ms)::numeric, 2),"
          + " round(max(e.max_rtt_ms)::numeric, 2) FROM as_edges_daily e"
          + " LEFT JOIN asns s ON s.asn = e.src_asn LEFT JOIN asns d ON d.asn = e.dst_asn"
          + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 15";

  static final String RUNS =
      "SELECT to_char(started_at, 'YYYY-MM-DD HH24:MI:SS'), runner, status,"
          + " 'read ' || coalesce(counts->>'entries_read', '0') || ', loaded '"
          + " || coalesce(counts->>'measurements_extracted', '0') || ', duplicates '"
          + " || (coalesce((counts->>'duplicates_exact')::bigint, 0)"
          + " + coalesce((counts->>'duplicates_content')::bigint, 0)), left(coalesce(output_digest, '-'), 16)"
          + " FROM pipeline_runs ORDER BY started_at DESC LIMIT 4";

  private DemoQueries() {}
}
