package org.cyberwatch.pipelines.rows;

import static org.cyberwatch.pipelines.rows.ColumnType.BIGINT;
import static org.cyberwatch.pipelines.rows.ColumnType.BOOLEAN;
import static org.cyberwatch.pipelines.rows.ColumnType.DATE;
import static org.cyberwatch.pipelines.rows.ColumnType.DOUBLE;
import static org.cyberwatch.pipelines.rows.ColumnType.DOUBLE_ARRAY;
import static org.cyberwatch.pipelines.rows.ColumnType.INET;
import static org.cyberwatch.pipelines.rows.ColumnType.INTEGER;
import static org.cyberwatch.pipelines.rows.ColumnType.JSONB;
import static org.cyberwatch.pipelines.rows.ColumnType.TEXT;
import static org.cyberwatch.pipelines.rows.ColumnType.TIMESTAMPTZ;
import static org.cyberwatch.pipelines.rows.ColumnType.UUID;

import java.util.List;

/**
 * The tables ReprocessJob writes, with their columns (in row order) and natural key. The same
 * definition drives the canonical export and the PostgreSQL upserts, so the two cannot drift.
 * Columns match {@code schemas/src/main/resources/db/migration}.
 */
public enum Table {
  MEASUREMENTS("measurements", 1,
      Column.of("measurement_uid", TEXT), Column.of("report_id", TEXT), Column.of("input", TEXT),
      Column.of("test_name", TEXT), Column.of("test_version", TEXT), Column.of("probe_cc", TEXT),
      Column.of("probe_asn", BIGINT), Column.of("probe_network_name", TEXT),
      Column.of("resolver_asn", BIGINT), Column.of("resolver_network_name", TEXT),
      Column.of("measurement_start_time", TIMESTAMPTZ), Column.of("test_start_time", TIMESTAMPTZ),
      Column.of("received_at", TIMESTAMPTZ), Column.of("test_runtime", DOUBLE),
      Column.of("software_name", TEXT), Column.of("software_version", TEXT),
      Column.of("annotations", JSONB), Column.of("anomaly", BOOLEAN), Column.of("confirmed", BOOLEAN),
      Column.of("msm_failure", BOOLEAN), Column.of("scores", JSONB), Column.of("scorer_version", TEXT),
      Column.of("source_can", TEXT), Column.of("source_line", INTEGER),
      Column.of("content_hash", TEXT), Column.of("enrichment", JSONB)),
  HOPS("hops", 3,
      Column.of("measurement_uid", TEXT), Column.of("ttl", INTEGER), Column.of("responder", INTEGER),
      Column.of("addr", INET), Column.of("rtts_ms", DOUBLE_ARRAY), Column.of("loss", DOUBLE),
      Column.of("asn", BIGINT)),
  PATH_EDGES("path_edges", 3,
      Column.of("measurement_uid", TEXT), Column.of("src_asn", BIGINT), Column.of("dst_asn", BIGINT),
      Column.of("day", DATE), Column.of("rtt_ms", DOUBLE)),
  ASNS("asns", 1,
      Column.of("asn", BIGINT), Column.of("name", TEXT), Column.of("org_id", TEXT),
      Column.of("org_name", TEXT), Column.of("country", TEXT), Column.of("source", TEXT),
      Column.of("snapshot_date", DATE)),
  PEER_OBSERVATIONS("peer_observations", 1,
      Column.of("measurement_uid", TEXT), Column.of("observed_at", TIMESTAMPTZ),
      Column.of("src_asn", BIGINT), Column.of("src_cc", TEXT), Column.of("dst_asn", BIGINT),
      Column.of("dst_cc", TEXT), Column.of("dst_port", INTEGER), Column.of("dst_nat", BOOLEAN),
      Column.of("peer_age_s", DOUBLE), Column.of("http_success", BOOLEAN),
      Column.of("http_response_time_s", DOUBLE)),
  NAT_OBSERVATIONS("nat_observations", 1,
      Column.of("measurement_uid", TEXT), Column.of("observed_at", TIMESTAMPTZ),
      Column.of("asn", BIGINT), Column.of("cc", TEXT), Column.of("nat_type", TEXT),
      Column.of("mapping", TEXT), Column.of("filtering", TEXT)),
  TUNNEL_REPORTS("tunnel_reports", 1,
      Column.of("uuid", UUID), Column.of("time", TIMESTAMPTZ), Column.of("proto", TEXT),
      Column.of("port", INTEGER), Column.of("endpoint_asn", BIGINT), Column.of("endpoint_cc", TEXT),
      Column.of("client_asn", BIGINT), Column.of("client_cc", TEXT), Column.of("duration_ms", BIGINT),
      Column.of("failure_op", TEXT), Column.of("failure_error", TEXT),
      Column.of("sampling_rate", DOUBLE), Column.of("collector_id", TEXT), Column.of("config", JSONB),
      Column.of("received_at", TIMESTAMPTZ), Column.of("source_can", TEXT),
      Column.of("source_line", INTEGER)),
  PREFIX_ORIGINS("prefix_origins", 2,
      Column.of("prefix", TEXT), Column.of("asn", BIGINT), Column.of("reference_name", TEXT),
      Column.of("reference_time", DATE)),
  IXP_MEMBERS("ixp_members", 2,
      Column.of("ixp_id", BIGINT), Column.of("asn", BIGINT), Column.of("ixp_name", TEXT),
      Column.of("ixp_cc", TEXT), Column.of("reference_name", TEXT), Column.of("reference_time", DATE));

  private final String sqlName;
  private final int keyColumns;
  private final List<Column> columns;

  Table(String sqlName, int keyColumns, Column... columns) {
    this.sqlName = sqlName;
    this.keyColumns = keyColumns;
    this.columns = List.of(columns);
  }

  /** The PostgreSQL table name. */
  public String sqlName() {
    return sqlName;
  }

  /** Every column, in row order. */
  public List<Column> columns() {
    return columns;
  }

  /** The natural key: the first {@code keyColumns} columns. */
  public List<Column> key() {
    return columns.subList(0, keyColumns);
  }
}
