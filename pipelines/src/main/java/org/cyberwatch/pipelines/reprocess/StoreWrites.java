package org.cyberwatch.pipelines.reprocess;

import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Wait;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.load.aggregate.GraphKey;
import org.cyberwatch.pipelines.load.aggregate.RecomputeDailyAggregates;
import org.cyberwatch.pipelines.load.aggregate.TouchedDays;
import org.cyberwatch.pipelines.load.neo4j.WriteAsGraph;
import org.cyberwatch.pipelines.load.postgres.WriteFailures;
import org.cyberwatch.pipelines.load.postgres.WriteToPostgres;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;

/**
 * Attaches the store writes of a run: rows (already one per table and key: DistinctRows) and
 * failures upserted into PostgreSQL; once the rows are in, the daily aggregates of the touched
 * days recomputed from the stored rows (AggregateAsEdges, AggregateAsnStats); then the touched
 * part of the Neo4j AS graph projected from them (WriteAsGraph): the ASes and AS pairs of those
 * days and every AS the run described.
 */
final class StoreWrites {
  private StoreWrites() {}

  static void attach(PCollection<Row> rows, PCollection<Failure> failures, ReprocessConfig c) {
    if (c.postgres() == null) {
      return;
    }
    PCollection<Void> written =
        rows.apply("WriteToPostgres", WriteToPostgres.ofDistinctRows(c.postgres()));
    failures.apply("WriteFailures", new WriteFailures(c.postgres(), c.runId()));
    PCollection<GraphKey> touched = rows.apply("TouchedDays", new TouchedDays())
        .apply("RecomputeDailyAggregates", new RecomputeDailyAggregates(c.postgres()).after(written));
    if (c.neo4j() != null) {
      PCollection<GraphKey> ases = rows
          .apply("AsnRows", Filter.by((Row r) -> r.table() == Table.ASNS))
          .apply("AsKeys", MapElements.into(TypeDescriptor.of(GraphKey.class))
              .via((Row r) -> GraphKey.as((Long) r.value(0))))
          .apply("AfterWrites", Wait.on(written));
      PCollectionList.of(touched).and(ases).apply("GraphKeys", Flatten.pCollections())
          .apply("WriteAsGraph", new WriteAsGraph(c.neo4j(), c.postgres()));
    }
  }
}
