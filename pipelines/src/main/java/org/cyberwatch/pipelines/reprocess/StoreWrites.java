package org.cyberwatch.pipelines.reprocess;

import org.apache.beam.sdk.values.PCollection;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.load.aggregate.GraphKey;
import org.cyberwatch.pipelines.load.aggregate.RecomputeDailyAggregates;
import org.cyberwatch.pipelines.load.aggregate.TouchedDays;
import org.cyberwatch.pipelines.load.neo4j.WriteAsGraph;
import org.cyberwatch.pipelines.load.postgres.WriteFailures;
import org.cyberwatch.pipelines.load.postgres.WriteToPostgres;
import org.cyberwatch.pipelines.rows.Row;

/**
 * Attaches the store writes of a run: rows and failures upserted into PostgreSQL; once the rows
 * are in, the daily aggregates of the touched days recomputed from the stored rows
 * (AggregateAsEdges, AggregateAsnStats); then the touched part of the Neo4j AS graph projected
 * from them (WriteAsGraph).
 */
final class StoreWrites {
  private StoreWrites() {}

  static void attach(PCollection<Row> rows, PCollection<Failure> failures, ReprocessConfig c) {
    if (c.postgres() == null) {
      return;
    }
    PCollection<Void> written = rows.apply("WriteToPostgres", new WriteToPostgres(c.postgres()));
    failures.apply("WriteFailures", new WriteFailures(c.postgres(), c.runId()));
    PCollection<GraphKey> touched = rows.apply("TouchedDays", new TouchedDays())
        .apply("RecomputeDailyAggregates", new RecomputeDailyAggregates(c.postgres()).after(written));
    if (c.neo4j() != null) {
      touched.apply("WriteAsGraph", new WriteAsGraph(c.neo4j(), c.postgres()));
    }
  }
}
