package org.cyberwatch.pipelines.load.postgres;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Partition;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;

/**
 * Upserts {@link Row}s of every {@link Table} into PostgreSQL, idempotently.
 *
 * <p>Input: rows of any tables. Rows with the same table and natural key are first reduced to one
 * (the greatest by value order, so the choice is deterministic). Each table is then written by its
 * own JdbcIO step ({@code Upsert<Table>}, batches of {@value #BATCH_SIZE}) with {@code INSERT … ON
 * CONFLICT (key) DO UPDATE SET <other columns> = EXCLUDED.… WHERE (<other columns>) IS DISTINCT
 * FROM (EXCLUDED.…)}: a rerun with identical rows changes nothing, a changed row is replaced
 * ({@code measurements.updated_at} set to now() only then). {@code asns} rows from an older
 * snapshot than the stored one are skipped.
 *
 * <p>Output: an empty {@code PCollection<Void>} that is complete once every write is committed;
 * pass it to {@code Wait.on} to order later steps (aggregates, graph) after the writes. A row the
 * database rejects fails the pipeline (JdbcIO retries only serialization failures).
 */
public final class WriteToPostgres extends PTransform<PCollection<Row>, PCollection<Void>> {
  /** Rows per JDBC batch (one multi-row insert with {@code reWriteBatchedInserts}). */
  public static final int BATCH_SIZE = 1000;

  private final PostgresTarget target;
  private final boolean inputDistinct;

  /** Writes rows of any tables; rows sharing a table and key are reduced to one first. */
  public WriteToPostgres(PostgresTarget target) {
    this(target, false);
  }

  private WriteToPostgres(PostgresTarget target, boolean inputDistinct) {
    if (target == null) {
      throw new IllegalArgumentException("target: required");
    }
    this.target = target;
    this.inputDistinct = inputDistinct;
  }

  /**
   * For input that already holds at most one row per table and natural key (the output of {@code
   * DistinctRows}): skips the reduction, a shuffle of every row that would change nothing.
   */
  public static WriteToPostgres ofDistinctRows(PostgresTarget target) {
    return new WriteToPostgres(target, true);
  }

  @Override
  public PCollection<Void> expand(PCollection<Row> rows) {
    PCollection<Row> distinct =
        inputDistinct ? rows : rows.apply("DedupeByNaturalKey", new DedupeRowsByKey());
    PCollectionList<Row> byTable =
        distinct.apply("PartitionByTable",
                Partition.of(Table.values().length, (row, n) -> row.table().ordinal()));
    List<PCollection<Void>> written = new ArrayList<>();
    for (Table table : Table.values()) {
      written.add(byTable.get(table.ordinal()).apply("Upsert" + stepName(table), upsert(table)));
    }
    return PCollectionList.of(written).apply("AllTablesWritten", Flatten.pCollections());
  }

  private JdbcIO.WriteVoid<Row> upsert(Table table) {
    return JdbcIO.<Row>write()
        .withDataSourceConfiguration(target.dataSourceConfiguration())
        .withStatement(UpsertSql.of(table))
        .withPreparedStatementSetter(new RowStatementSetter(table))
        .withBatchSize(BATCH_SIZE)
        .withResults();
  }

  /** {@code path_edges} → {@code PathEdges}: stable step names. */
  static String stepName(Table table) {
    StringBuilder name = new StringBuilder();
    for (String part : table.sqlName().split("_")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.toString();
  }
}
