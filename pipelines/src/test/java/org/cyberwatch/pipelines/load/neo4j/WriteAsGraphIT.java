package org.cyberwatch.pipelines.load.neo4j;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.Wait;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.cyberwatch.pipelines.load.FixtureRows;
import org.cyberwatch.pipelines.load.GraphSnapshot;
import org.cyberwatch.pipelines.load.LoadDatabase;
import org.cyberwatch.pipelines.load.aggregate.GraphKey;
import org.cyberwatch.pipelines.load.aggregate.GraphKeyCoder;
import org.cyberwatch.pipelines.load.aggregate.RecomputeDailyAggregates;
import org.cyberwatch.pipelines.load.aggregate.TouchedDays;
import org.cyberwatch.pipelines.load.postgres.WriteToPostgres;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;
import org.cyberwatch.testing.Neo4jServer;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

public class WriteAsGraphIT {
  /** ASes with snapshot rows (PeeringDB nets, pfx2as origins) that no route touches. */
  private static final List<GraphKey> SNAPSHOT_ASES =
      List.of(GraphKey.as(63312), GraphKey.as(63313), GraphKey.as(63314), GraphKey.as(13335));

  @Rule public final transient TestPipeline first = TestPipeline.create();
  @Rule public final transient TestPipeline second = TestPipeline.create();

  private LoadDatabase database;
  private final Driver driver = Neo4jServer.shared().driver();
  private final Neo4jTarget neo4j = new Neo4jTarget(Neo4jServer.shared().boltUri().toString(), "", "");

  @Before
  public void emptyStores() {
    database = LoadDatabase.fresh("WriteAsGraphIT");
    Neo4jServer.shared().clear();
  }

  private static List<Row> everything() {
    List<Row> rows = new ArrayList<>(FixtureRows.all());
    rows.removeIf(r -> r.table() == Table.PATH_EDGES);
    rows.addAll(FixtureRows.replayedPathEdges());
    return rows;
  }

  /** The job's load wiring: write, recompute the touched days, project the touched keys. */
  private void run(TestPipeline pipeline, List<Row> rows, List<GraphKey> extraKeys) {
    PCollection<Row> input = pipeline.apply(Create.of(rows).withCoder(SerializableCoder.of(Row.class)));
    PCollection<Void> written = input.apply(new WriteToPostgres(database.target()));
    PCollection<GraphKey> touched = input.apply(new TouchedDays())
        .apply(new RecomputeDailyAggregates(database.target()).after(written));
    PCollection<GraphKey> extra = pipeline.apply("ExtraKeys", Create.of(extraKeys).withCoder(GraphKeyCoder.of()))
        .apply("ExtraAfterWrites", Wait.on(written));
    PCollectionList.of(touched).and(extra).apply(Flatten.pCollections())
        .apply(new WriteAsGraph(neo4j, database.target()));
    pipeline.run().waitUntilFinish();
  }

  private Map<String, Long> counts(String query) {
    Map<String, Long> counts = new TreeMap<>();
    try (Session session = driver.session()) {
      session.run(query).forEachRemaining(r -> counts.put(r.get(0).asString(), r.get(1).asLong()));
    }
    return counts;
  }

  private List<String> routes() {
    try (Session session = driver.session()) {
      return session.run("MATCH (a:AS)-[r:ROUTE]->(b:AS) RETURN a.asn + '>' + b.asn + ' ' + r.observed_count"
          + " + ' ' + r.min_rtt + ' ' + r.max_rtt + ' ' + toString(r.first_seen) + ' ' + toString(r.last_seen)"
          + " + ' ' + r.reference_name + ' ' + toString(r.reference_time) AS line ORDER BY line")
          .list(r -> r.get("line").asString());
    }
  }

  private List<String> routesAggregatedInPostgres() {
    return database.strings("SELECT src_asn || '>' || dst_asn || ' ' || sum(observed_count) || ' '"
        + " || min(min_rtt_ms)::float8 || ' ' || max(max_rtt_ms)::float8 || ' ' || min(day) || ' ' || max(day)"
        + " || ' cyberwatch.as_edges_daily ' || max(day) FROM as_edges_daily GROUP BY src_asn, dst_asn ORDER BY 1");
  }

  @Test
  public void projectsEveryNodeFromPostgres() {
    run(first, everything(), SNAPSHOT_ASES);
    assertEquals(Map.of("AS", 7L, "Country", 1L, "IXP", 2L, "Organization", 3L, "Prefix", 3L),
        counts("MATCH (n) RETURN labels(n)[0], count(*)"));
  }

  @Test
  public void projectsEveryRelationshipFromPostgres() {
    run(first, everything(), SNAPSHOT_ASES);
    assertEquals(Map.of("COUNTRY", 3L, "MANAGED_BY", 3L, "MEMBER_OF", 2L, "ORIGINATE", 3L, "ROUTE", 2L),
        counts("MATCH ()-[r]->() RETURN type(r), count(*)"));
  }

  @Test
  public void nodesAndRelationshipsCarryTheSnapshotValuesAndProvenance() {
    run(first, everything(), SNAPSHOT_ASES);
    assertEquals("net 25304adc US org c1ab780b US ix b7b05aa8 US peeringdb.net 2023-04-21"
        + " peeringdb.netixlan 2023-04-21", GraphSnapshot.value(driver,
        "MATCH (x:IXP)<-[m:MEMBER_OF]-(a:AS {asn: 63312})-[o:MANAGED_BY]->(g:Organization)-[:COUNTRY]->(c:Country)"
            + " RETURN a.name + ' ' + a.country + ' ' + g.name + ' ' + c.code + ' ' + x.name + ' ' + x.country"
            + " + ' ' + o.reference_name + ' ' + toString(o.reference_time) + ' ' + m.reference_name"
            + " + ' ' + toString(m.reference_time)"));
  }

  @Test
  public void routePropertiesAreTheAggregateOverAllDays() {
    run(first, everything(), SNAPSHOT_ASES);
    assertEquals(List.of(
        "15169>3356 4 99.9 140.2 2021-12-08 2021-12-09 cyberwatch.as_edges_daily 2021-12-09",
        "3356>41231 4 101.5 135.61 2021-12-08 2021-12-09 cyberwatch.as_edges_daily 2021-12-09"), routes());
    assertEquals(routesAggregatedInPostgres(), routes());
  }

  @Test
  public void rerunLeavesTheSameGraph() {
    run(first, everything(), SNAPSHOT_ASES);
    List<String> nodes = GraphSnapshot.nodes(driver);
    List<String> relationships = GraphSnapshot.relationships(driver);
    run(second, everything(), SNAPSHOT_ASES);
    assertEquals(nodes, GraphSnapshot.nodes(driver));
    assertEquals(relationships, GraphSnapshot.relationships(driver));
  }

  @Test
  public void rerunOfOneDaySetsTheRouteToTheAllDaysAggregateAgain() {
    run(first, everything(), SNAPSHOT_ASES);
    List<String> relationships = GraphSnapshot.relationships(driver);
    List<Row> secondDay = FixtureRows.replayedPathEdges().stream()
        .filter(r -> r.value(3).toString().equals("2021-12-09")).toList();
    run(second, secondDay, List.of());
    assertEquals(relationships, GraphSnapshot.relationships(driver));
  }

  @Test
  public void routeWithoutAnyDayLeftIsRemoved() {
    run(first, everything(), SNAPSHOT_ASES);
    database.execute("DELETE FROM path_edges WHERE src_asn = 3356 AND dst_asn = 41231");
    List<Row> oneEdgePerDay = FixtureRows.replayedPathEdges().stream()
        .filter(r -> r.value(1).equals(15169L)).toList();
    run(second, oneEdgePerDay, List.of());
    assertEquals(List.of(
        "15169>3356 4 99.9 140.2 2021-12-08 2021-12-09 cyberwatch.as_edges_daily 2021-12-09"), routes());
  }

  @Test
  public void originThatPostgresNoLongerHasIsRemoved() {
    run(first, everything(), SNAPSHOT_ASES);
    database.execute("DELETE FROM prefix_origins WHERE prefix = '1.1.1.0/24'");
    run(second, List.of(), List.of(GraphKey.as(13335)));
    assertEquals(List.of("1.0.0.0/24"), GraphSnapshot.value(driver,
        "MATCH (:AS {asn: 13335})-[:ORIGINATE]->(p:Prefix) RETURN collect(p.prefix)"));
  }
}
