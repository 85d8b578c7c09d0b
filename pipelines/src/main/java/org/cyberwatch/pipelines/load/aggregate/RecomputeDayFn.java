package org.cyberwatch.pipelines.load.aggregate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.cyberwatch.pipelines.load.postgres.PostgresLoadException;
import org.cyberwatch.pipelines.load.postgres.PostgresTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes the aggregates of one day (an epoch day) in one transaction and emits the graph keys
 * it touched: every pair the day has or lost, and both ASes of each pair.
 */
final class RecomputeDayFn extends DoFn<Long, GraphKey> {
  private static final Logger LOG = LoggerFactory.getLogger(RecomputeDayFn.class);
  private static final int VALID_CHECK_SECONDS = 5;

  private final PostgresTarget target;
  private transient Connection connection;

  RecomputeDayFn(PostgresTarget target) {
    this.target = target;
  }

  @Setup
  public void setup() throws SQLException {
    connection = target.connect();
    connection.setAutoCommit(false);
  }

  @StartBundle
  public void startBundle() throws SQLException {
    if (!connection.isValid(VALID_CHECK_SECONDS)) {
      teardown();
      setup();
    }
  }

  @ProcessElement
  public void processElement(@Element Long epochDay, OutputReceiver<GraphKey> out) {
    LocalDate day = LocalDate.ofEpochDay(epochDay);
    Set<GraphKey> touched;
    try {
      touched = recompute(day);
      connection.commit();
    } catch (SQLException e) {
      rollbackQuietly(e);
      throw new PostgresLoadException("recompute daily aggregates of " + day + ": " + e.getMessage(), e);
    }
    LOG.debug("Aggregates of {} recomputed, {} graph keys touched", day, touched.size());
    touched.forEach(out::output);
  }

  @Teardown
  public void teardown() throws SQLException {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  private Set<GraphKey> recompute(LocalDate day) throws SQLException {
    OffsetDateTime start = day.atStartOfDay().atOffset(ZoneOffset.UTC);
    OffsetDateTime end = start.plusDays(1);
    update(DailyAggregateSql.UPSERT_ASN_STATS, day, start, end);
    update(DailyAggregateSql.DELETE_STALE_ASN_STATS, day, start, end);
    update(DailyAggregateSql.UPSERT_AS_EDGES, day);
    Set<GraphKey> touched = new LinkedHashSet<>();
    pairs(DailyAggregateSql.DELETE_STALE_AS_EDGES, day, touched);
    pairs(DailyAggregateSql.AS_EDGES_OF_DAY, day, touched);
    return touched;
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      statement.executeUpdate();
    }
  }

  private void pairs(String sql, LocalDate day, Set<GraphKey> touched) throws SQLException {
    try (PreparedStatement statement = prepare(sql, day);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        long src = rows.getLong(1);
        long dst = rows.getLong(2);
        touched.add(GraphKey.route(src, dst));
        touched.add(GraphKey.as(src));
        touched.add(GraphKey.as(dst));
      }
    }
  }

  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  private void rollbackQuietly(SQLException cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
