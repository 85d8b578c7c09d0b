package org.cyberwatch.pipelines.load.postgres;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Wait;
import org.apache.beam.sdk.values.PCollection;
import org.cyberwatch.pipelines.load.FixtureRows;
import org.cyberwatch.pipelines.load.LoadDatabase;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

public class WriteToPostgresIT {
  private static final String TRACEROUTE = "20211208214625.114203_US_traceroute_18ac8ca545a4f113";

  @Rule public final transient TestPipeline first = TestPipeline.create();
  @Rule public final transient TestPipeline second = TestPipeline.create();

  private LoadDatabase database;

  @Before
  public void freshDatabase() {
    database = LoadDatabase.fresh("WriteToPostgresIT");
  }

  private PCollection<Void> load(Pipeline pipeline, List<Row> rows) {
    return pipeline.apply(Create.of(rows).withCoder(SerializableCoder.of(Row.class)))
        .apply(new WriteToPostgres(database.target()));
  }

  private void run(TestPipeline pipeline, List<Row> rows) {
    load(pipeline, rows);
    pipeline.run().waitUntilFinish();
  }

  private Map<Table, String> checksums() {
    Map<Table, String> sums = new LinkedHashMap<>();
    for (Table table : Table.values()) {
      sums.put(table, database.checksum(table));
    }
    return sums;
  }

  private Map<Table, String> tupleVersions() {
    Map<Table, String> versions = new LinkedHashMap<>();
    for (Table table : Table.values()) {
      versions.put(table, database.tupleVersions(table.sqlName()));
    }
    return versions;
  }

  @Test
  public void loadsTheRowsOfEveryTable() {
    List<Row> rows = FixtureRows.all();
    run(first, rows);
    Map<Table, Long> expected = new LinkedHashMap<>();
    Map<Table, Long> actual = new LinkedHashMap<>();
    for (Table table : Table.values()) {
      expected.put(table, rows.stream().filter(r -> r.table() == table).count());
      actual.put(table, database.count(table.sqlName()));
    }
    assertEquals(expected, actual);
  }

  @Test
  public void everyValueReadsBackAsItWasWritten() throws SQLException {
    List<Row> rows = FixtureRows.all();
    run(first, rows);
    assertEquals(rows.stream().map(StoredRows::normalized).toList(), readBack(rows));
  }

  @Test
  public void rerunOfTheSameRowsChangesNothing() {
    List<Row> rows = FixtureRows.all();
    run(first, rows);
    Map<Table, String> sums = checksums();
    Map<Table, String> versions = tupleVersions();
    String updatedAt = database.string("SELECT updated_at::text FROM measurements");
    run(second, rows);
    assertEquals(sums, checksums());
    assertEquals(versions, tupleVersions());
    assertEquals(updatedAt, database.string("SELECT updated_at::text FROM measurements"));
  }

  @Test
  public void changedRowIsUpdatedAndStampedOnce() {
    Row measurement = FixtureRows.of(Table.MEASUREMENTS).get(0);
    run(first, List.of(measurement));
    String createdAt = database.string("SELECT created_at::text FROM measurements");
    run(second, List.of(withValue(measurement, "scorer_version", "1.0.1")));
    assertEquals("1.0.1", database.string("SELECT scorer_version FROM measurements"));
    assertEquals(createdAt, database.string("SELECT created_at::text FROM measurements"));
    assertEquals("true", database.string("SELECT (updated_at > created_at)::text FROM measurements"));
  }

  @Test
  public void twoRowsWithOneKeyInOneBatchStoreTheGreatest() {
    Row slower = FixtureRows.row(Table.PATH_EDGES, TRACEROUTE, "15169", "3356", "2021-12-08", "135.565");
    Row faster = FixtureRows.row(Table.PATH_EDGES, TRACEROUTE, "15169", "3356", "2021-12-08", "135.64");
    run(first, List.of(faster, slower));
    assertEquals(List.of("135.64"), database.strings("SELECT rtt_ms::text FROM path_edges"));
  }

  @Test
  public void olderAsnSnapshotDoesNotReplaceANewerOne() {
    Row current = FixtureRows.of(Table.ASNS).get(0);
    Row older = withValue(withValue(current, "name", "net renamed"), "snapshot_date", LocalDate.of(2022, 1, 1));
    run(first, List.of(current));
    run(second, List.of(older));
    assertEquals("net 25304adc 2023-04-21", database.string("SELECT name || ' ' || snapshot_date FROM asns"));
  }

  @Test
  public void outputCompletesOnlyAfterEveryRowIsCommitted() {
    List<Row> rows = FixtureRows.all();
    PCollection<Void> written = load(first, rows);
    PCollection<Long> counted = first.apply("Tick", Create.of(1))
        .apply(Wait.on(written))
        .apply(ParDo.of(new CountStoredFn(database.target())));
    PAssert.thatSingleton(counted).isEqualTo((long) rows.size());
    first.run().waitUntilFinish();
  }

  private static Row withValue(Row row, String column, Object value) {
    Object[] values = new Object[row.table().columns().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.table().columns().get(i).name().equals(column) ? value : row.value(i);
    }
    return Row.of(row.table(), values);
  }

  private List<Row> readBack(List<Row> rows) throws SQLException {
    List<Row> read = new ArrayList<>();
    try (Connection connection = database.target().connect()) {
      for (Row row : rows) {
        read.add(StoredRows.read(connection, row));
      }
    }
    return read;
  }

  /** Counts the rows of every table when it runs. */
  static final class CountStoredFn extends DoFn<Integer, Long> {
    private final PostgresTarget target;

    CountStoredFn(PostgresTarget target) {
      this.target = target;
    }

    @ProcessElement
    public void processElement(OutputReceiver<Long> out) throws SQLException {
      long total = 0;
      try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
        for (Table table : Table.values()) {
          try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + table.sqlName())) {
            count.next();
            total += count.getLong(1);
          }
        }
      }
      out.output(total);
    }
  }
}
