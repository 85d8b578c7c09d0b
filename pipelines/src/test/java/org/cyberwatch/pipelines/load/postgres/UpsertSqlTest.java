package org.cyberwatch.pipelines.load.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cyberwatch.pipelines.rows.ColumnType;
import org.cyberwatch.pipelines.rows.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpsertSqlTest {

  @Test
  void pathEdgesUpsertReplacesTheNonKeyColumnsOnlyWhenTheyDiffer() {
    assertEquals(
        "INSERT INTO path_edges (measurement_uid, src_asn, dst_asn, day, rtt_ms) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (measurement_uid, src_asn, dst_asn) DO UPDATE SET day = EXCLUDED.day,"
            + " rtt_ms = EXCLUDED.rtt_ms WHERE ROW(path_edges.day, path_edges.rtt_ms)"
            + " IS DISTINCT FROM ROW(EXCLUDED.day, EXCLUDED.rtt_ms)",
        UpsertSql.of(Table.PATH_EDGES));
  }

  @Test
  void measurementsUpsertSetsUpdatedAtButDoesNotCompareIt() {
    String sql = UpsertSql.of(Table.MEASUREMENTS);
    assertTrue(sql.contains("enrichment = EXCLUDED.enrichment, updated_at = now() WHERE ROW("), sql);
    assertEquals(1, sql.split("updated_at", -1).length - 1, sql);
  }

  @Test
  void asnsUpsertNeverReplacesANewerSnapshot() {
    assertTrue(UpsertSql.of(Table.ASNS).endsWith(
        "IS DISTINCT FROM ROW(EXCLUDED.name, EXCLUDED.org_id, EXCLUDED.org_name, EXCLUDED.country,"
            + " EXCLUDED.source, EXCLUDED.snapshot_date) AND asns.snapshot_date <= EXCLUDED.snapshot_date"));
  }

  @Test
  void tunnelReportsBindTheUuidKeyAndConfigWithCasts() {
    assertTrue(UpsertSql.of(Table.TUNNEL_REPORTS).startsWith(
        "INSERT INTO tunnel_reports (uuid, time, proto, port, endpoint_asn, endpoint_cc, client_asn,"
            + " client_cc, duration_ms, failure_op, failure_error, sampling_rate, collector_id, config,"
            + " received_at, source_can, source_line) VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?::jsonb, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET time = EXCLUDED.time,"));
  }

  @ParameterizedTest
  @CsvSource({
    "TEXT, ?", "BIGINT, ?", "INTEGER, ?", "DOUBLE, ?", "BOOLEAN, ?", "TIMESTAMPTZ, ?", "DATE, ?",
    "JSONB, ?::jsonb", "INET, ?::inet", "DOUBLE_ARRAY, ?", "UUID, ?::uuid"
  })
  void placeholderCastsTextBoundTypes(ColumnType type, String placeholder) {
    assertEquals(placeholder, UpsertSql.placeholder(type));
  }

  @ParameterizedTest
  @CsvSource({"MEASUREMENTS, Measurements", "PATH_EDGES, PathEdges", "IXP_MEMBERS, IxpMembers"})
  void stepNamesAreCamelCaseTableNames(Table table, String name) {
    assertEquals(name, WriteToPostgres.stepName(table));
  }
}
