package org.cyberwatch.pipelines.load.aggregate;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.cyberwatch.pipelines.load.FixtureRows;
import org.cyberwatch.pipelines.load.LoadDatabase;
import org.cyberwatch.pipelines.load.postgres.WriteToPostgres;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

public class RecomputeDailyAggregatesIT {
  private static final String ASN_STATS = "asn, cc, day, test_name, measurement_count, anomaly_count,"
      + " confirmed_count, failure_count";
  private static final String AS_EDGES = "src_asn, dst_asn, day, observed_count, min_rtt_ms, max_rtt_ms";

  @Rule public final transient TestPipeline first = TestPipeline.create();
  @Rule public final transient TestPipeline second = TestPipeline.create();

  private LoadDatabase database;

  @Before
  public void freshDatabase() {
    database = LoadDatabase.fresh("RecomputeDailyAggregatesIT");
  }

  /** Writes the rows, then recomputes the days they touch, as the job wires it. */
  private PCollection<GraphKey> loadAndRecompute(TestPipeline pipeline, List<Row> rows) {
    PCollection<Row> input = pipeline.apply(Create.of(rows).withCoder(SerializableCoder.of(Row.class)));
    PCollection<Void> written = input.apply(new WriteToPostgres(database.target()));
    return input.apply(new TouchedDays())
        .apply(new RecomputeDailyAggregates(database.target()).after(written));
  }

  private PCollection<GraphKey> recompute(TestPipeline pipeline, LocalDate... days) {
    return pipeline.apply(Create.of(List.of(days)).withCoder(SerializableCoder.of(LocalDate.class)))
        .apply(new RecomputeDailyAggregates(database.target()));
  }

  /** asn_stats computed in Java from the rows: the oracle for the SQL. */
  private static List<String> expectedAsnStats(List<Row> measurements) {
    Map<String, long[]> groups = new TreeMap<>();
    for (Row m : measurements) {
      LocalDate day = LocalDate.ofInstant((Instant) m.value(10), ZoneOffset.UTC);
      long[] counts = groups.computeIfAbsent(
          m.value(6) + "," + m.value(5) + "," + day + "," + m.value(3), k -> new long[4]);
      counts[0]++;
      counts[1] += (Boolean) m.value(17) ? 1 : 0;
      counts[2] += (Boolean) m.value(18) ? 1 : 0;
      counts[3] += (Boolean) m.value(19) ? 1 : 0;
    }
    List<String> lines = new ArrayList<>();
    groups.forEach((k, c) -> lines.add(k + "," + c[0] + "," + c[1] + "," + c[2] + "," + c[3]));
    return lines;
  }

  private List<String> stored(String table, String columns) {
    List<String> rows = new ArrayList<>(database.strings("SELECT concat_ws(',', " + columns + ") FROM " + table));
    rows.sort(null);
    return rows;
  }

  @Test
  public void asnStatsCountMeasurementsPerNetworkCountryDayAndTest() {
    List<Row> measurements = FixtureRows.fastpathMeasurements();
    loadAndRecompute(first, measurements);
    first.run().waitUntilFinish();
    List<String> expected = new ArrayList<>(expectedAsnStats(measurements));
    expected.sort(null);
    assertEquals(expected, stored("asn_stats", ASN_STATS));
  }

  @Test
  public void asEdgesCountAndBoundTheRttsPerPairAndDay() {
    loadAndRecompute(first, FixtureRows.replayedPathEdges());
    first.run().waitUntilFinish();
    assertEquals(List.of(
        "15169,3356,2021-12-08,3,120.5,140.2",
        "15169,3356,2021-12-09,1,99.9,99.9",
        "3356,41231,2021-12-08,3,133,135.61",
        "3356,41231,2021-12-09,1,101.5,101.5"), stored("as_edges_daily", AS_EDGES));
  }

  @Test
  public void outputNamesEveryPairOfTheDaysAndBothOfItsAses() {
    PAssert.that(loadAndRecompute(first, FixtureRows.replayedPathEdges())).containsInAnyOrder(
        GraphKey.route(15169, 3356), GraphKey.route(3356, 41231),
        GraphKey.as(15169), GraphKey.as(3356), GraphKey.as(41231));
    first.run().waitUntilFinish();
  }

  @Test
  public void partialRerunOfADayGivesTheSameAggregatesAndWritesNothing() {
    List<Row> all = new ArrayList<>(FixtureRows.fastpathMeasurements());
    all.addAll(FixtureRows.replayedPathEdges());
    loadAndRecompute(first, all);
    first.run().waitUntilFinish();
    String stats = database.checksum("asn_stats", ASN_STATS);
    String edges = database.checksum("as_edges_daily", AS_EDGES);
    String versions = database.tupleVersions("asn_stats") + database.tupleVersions("as_edges_daily");
    List<Row> partOfTheDays = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 2) {
      partOfTheDays.add(all.get(i));
    }
    loadAndRecompute(second, partOfTheDays);
    second.run().waitUntilFinish();
    assertEquals(stats + " " + edges, database.checksum("asn_stats", ASN_STATS) + " "
        + database.checksum("as_edges_daily", AS_EDGES));
    assertEquals(versions, database.tupleVersions("asn_stats") + database.tupleVersions("as_edges_daily"));
  }

  @Test
  public void aggregatesWithoutSourcesAreDeletedAndTheirPairReported() {
    loadAndRecompute(first, FixtureRows.replayedPathEdges());
    first.run().waitUntilFinish();
    database.execute("DELETE FROM path_edges WHERE day = '2021-12-09'");
    PAssert.that(recompute(second, LocalDate.of(2021, 12, 9))).containsInAnyOrder(
        GraphKey.route(15169, 3356), GraphKey.route(3356, 41231),
        GraphKey.as(15169), GraphKey.as(3356), GraphKey.as(41231));
    second.run().waitUntilFinish();
    assertEquals(List.of("2021-12-08 2"),
        database.strings("SELECT day || ' ' || count(*) FROM as_edges_daily GROUP BY day"));
  }

  @Test
  public void changedFlagIsRecountedNotAdded() {
    Row traceroute = FixtureRows.of(Table.MEASUREMENTS).get(0);
    loadAndRecompute(first, List.of(traceroute));
    first.run().waitUntilFinish();
    Object[] values = new Object[Table.MEASUREMENTS.columns().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = i == 17 ? Boolean.TRUE : traceroute.value(i);
    }
    loadAndRecompute(second, List.of(Row.of(Table.MEASUREMENTS, values)));
    second.run().waitUntilFinish();
    assertEquals(List.of("15169,US,2021-12-08,traceroute,1,1,0,0"), stored("asn_stats", ASN_STATS));
  }
}
