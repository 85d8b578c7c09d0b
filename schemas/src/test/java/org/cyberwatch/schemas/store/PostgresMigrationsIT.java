package org.cyberwatch.schemas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.cyberwatch.testing.PostgresDatabase;
import org.cyberwatch.testing.PostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresMigrationsIT {
  // A real OONI fastpath row (ooni/backend 2_clickhouse_populate_fastpath.sql, BSD-3-Clause).
  private static final String UID = "20240101000001.568391_SE_dnscheck_2c4c15529c6e2e15";
  private static final String UPSERT_MEASUREMENT =
      "INSERT INTO measurements (measurement_uid, report_id, input, test_name, test_version,"
          + " probe_cc, probe_asn, measurement_start_time, test_start_time, received_at,"
          + " anomaly, confirmed, msm_failure, scores, scorer_version, source_can, source_line,"
          + " content_hash) VALUES (?, '20231231T232727Z_dnscheck_SE_44034_n1_YS3hnP0H0QoU4c7X',"
          + " 'dot://dns.switch.ch/dns-query', 'dnscheck', '0.9.2', ?, 44034,"
          + " '2024-01-01 00:00:01Z', '2023-12-31 23:27:28Z', '2024-01-01 00:00:01.568391Z',"
          + " false, false, true, ?::jsonb, ?, 'raw/20240101/00/SE/dnscheck/x.jsonl.gz', 0, 'h')"
          + " ON CONFLICT (measurement_uid) DO UPDATE SET scores = EXCLUDED.scores,"
          + " scorer_version = EXCLUDED.scorer_version, updated_at = now()";

  private static DataSource dataSource;
  private static MigrationResult first;

  @BeforeAll
  static void migrateFreshDatabase() {
    PostgresDatabase database = PostgresServer.shared().freshDatabase("PostgresMigrationsIT");
    dataSource = database.dataSource();
    first = PostgresMigrations.migrate(dataSource);
  }

  @Test
  void firstMigrateAppliesEveryVersion() {
    assertEquals(new MigrationResult("2", 2), first);
  }

  @Test
  void secondMigrateIsANoOp() {
    assertEquals(new MigrationResult(first.version(), 0), PostgresMigrations.migrate(dataSource));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "measurements      | measurement_uid",
        "hops              | measurement_uid,ttl,responder",
        "targets           | target_id",
        "asns              | asn",
        "as_edges_daily    | src_asn,dst_asn,day",
        "asn_stats         | asn,cc,day,test_name",
        "peer_observations | measurement_uid",
        "nat_observations  | measurement_uid",
        "tunnel_reports    | uuid",
        "settings          | key",
        "pipeline_runs     | run_id",
        "failures          | id",
        "path_edges        | measurement_uid,src_asn,dst_asn",
        "prefix_origins    | prefix,asn",
        "ixp_members       | ixp_id,asn",
      })
  void tableExistsWithItsNaturalKey(String table, String keyColumns) throws SQLException {
    assertEquals(keyColumns, String.join(",", primaryKey(table)));
  }

  @Test
  void theOnlyAddressColumnIsTheHopAddress() throws SQLException {
    assertEquals(
        List.of("hops.addr"),
        strings(
            "SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND (data_type = 'inet' OR column_name LIKE '%\\_ip')"
                + " ORDER BY 1"));
  }

  @Test
  void measurementUpsertOnUidReplacesScoresWithoutDuplicating() throws SQLException {
    upsertMeasurement(UID, "SE", "{\"blocking_general\":0.0,\"accuracy\":0.0}", "1.0.0");
    upsertMeasurement(UID, "SE", "{\"blocking_general\":1.0,\"accuracy\":1.0}", "1.1.0");
    assertEquals(
        List.of("1.1.0 1.0"),
        strings(
            "SELECT scorer_version || ' ' || (scores->>'blocking_general') FROM measurements"
                + " WHERE measurement_uid = '" + UID + "'"));
  }

  @Test
  void measurementWithAMalformedCountryIsRejected() {
    SQLException e =
        assertThrows(SQLException.class, () -> upsertMeasurement("bad-cc", "se", "{}", "1"));
    assertEquals("23514", e.getSQLState());
  }

  @Test
  void prefixOriginThatIsNotACidrIsRejected() {
    String insert =
        "INSERT INTO prefix_origins (prefix, asn, reference_name, reference_time)"
            + " VALUES (?, 13335, 'caida.pfx2as', '2024-01-01')";
    SQLException e = assertThrows(SQLException.class, () -> execute(insert, "1.1.1.1/16"));
    assertEquals("22P02", e.getSQLState());
  }

  @Test
  void targetUpsertWidensTheSeenRangeOfOneRow() throws SQLException {
    String upsert =
        "INSERT INTO targets (kind, value, source, first_seen, last_seen)"
            + " VALUES ('url', 'https://www.backtrack-linux.org/', 'test-list', ?::timestamptz, ?::timestamptz)"
            + " ON CONFLICT (target_id) DO UPDATE SET"
            + " first_seen = LEAST(targets.first_seen, EXCLUDED.first_seen),"
            + " last_seen = GREATEST(targets.last_seen, EXCLUDED.last_seen)";
    execute(upsert, "2021-07-09 00:43:40Z", "2021-07-09 00:43:40Z");
    execute(upsert, "2021-07-01 00:00:00Z", "2021-07-20 00:00:00Z");
    assertEquals(
        List.of("url:https://www.backtrack-linux.org/ 2021-07-01 2021-07-20"),
        strings(
            "SELECT target_id || ' ' || (first_seen AT TIME ZONE 'UTC')::date"
                + " || ' ' || (last_seen AT TIME ZONE 'UTC')::date FROM targets"));
  }

  @Test
  void rerunOfAFailureUpdatesItsRunInsteadOfAddingARow() throws SQLException {
    String upsert =
        "INSERT INTO failures (run_id, stage, reason, message, source_can, source_line, payload)"
            + " VALUES (?, 'parse', 'json/syntax', 'Unexpected end-of-input', 'raw/x.jsonl.gz', 7, '{\"a\":')"
            + " ON CONFLICT (failure_key) DO UPDATE SET run_id = EXCLUDED.run_id, last_seen_at = now()";
    execute(upsert, "run-1");
    execute(upsert, "run-2");
    assertEquals(List.of("run-2"), strings("SELECT run_id FROM failures WHERE stage = 'parse'"));
  }

  private static void upsertMeasurement(String uid, String cc, String scores, String version)
      throws SQLException {
    execute(UPSERT_MEASUREMENT, uid, cc, scores, version);
  }

  private static void execute(String sql, String... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  private static List<String> primaryKey(String table) throws SQLException {
    return strings(
        "SELECT a.attname FROM pg_index i"
            + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
            + " WHERE i.indisprimary AND i.indrelid = 'public." + table + "'::regclass"
            + " ORDER BY array_position(i.indkey::int2[], a.attnum)");
  }

  private static List<String> strings(String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
