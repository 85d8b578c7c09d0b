package org.cyberwatch.pipelines.load.neo4j;

import java.util.List;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Wait;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.cyberwatch.pipelines.load.aggregate.GraphKey;
import org.cyberwatch.pipelines.load.aggregate.GraphKeyCoder;
import org.cyberwatch.pipelines.load.aggregate.RecomputeDailyAggregates;
import org.cyberwatch.pipelines.load.postgres.PostgresTarget;

/**
 * Rebuilds the parts of the Neo4j AS graph that the given keys name, from PostgreSQL: Neo4j is a
 * projection of PostgreSQL, so a rerun changes nothing.
 *
 * <p>Input: {@link GraphKey}s, e.g. from {@link RecomputeDailyAggregates} (duplicates allowed; the
 * ASes of every route key are added). Steps: apply the constraints ({@code Neo4jSchema}) once;
 * then per AS, {@code MERGE (:AS {asn})} with {@code name, country} from {@code asns},
 * {@code -[:MANAGED_BY]->(:Organization {id, name})-[:COUNTRY]->(:Country {code})},
 * {@code -[:ORIGINATE]->(:Prefix {prefix})} from {@code prefix_origins} and {@code
 * -[:MEMBER_OF]->(:IXP {id, name, country})} from {@code ixp_members}; then per pair, {@code
 * (:AS)-[:ROUTE]->(:AS)} with {@code observed_count, min_rtt, max_rtt, first_seen, last_seen} SET
 * to the aggregate over all days of {@code as_edges_daily}. Relationships carry {@code
 * reference_name} and {@code reference_time} (for ROUTE: {@value GraphCypher#ROUTE_REFERENCE} and
 * {@code last_seen}). Relationships of a touched AS or pair that PostgreSQL no longer has are
 * deleted. Batches of {@value #BATCH_SIZE} keys, one {@code UNWIND} per statement.
 *
 * <p>Output: an empty {@code PCollection<Void>}, complete when the graph is written.
 */
public final class WriteAsGraph extends PTransform<PCollection<GraphKey>, PCollection<Void>> {
  /** Keys per Neo4j transaction. */
  public static final int BATCH_SIZE = 1000;

  private final Neo4jTarget neo4j;
  private final PostgresTarget postgres;

  public WriteAsGraph(Neo4jTarget neo4j, PostgresTarget postgres) {
    if (neo4j == null) {
      throw new IllegalArgumentException("neo4j: required");
    }
    if (postgres == null) {
      throw new IllegalArgumentException("postgres: required");
    }
    this.neo4j = neo4j;
    this.postgres = postgres;
  }

  @Override
  public PCollection<Void> expand(PCollection<GraphKey> keys) {
    PCollection<Void> schema = keys.getPipeline()
        .apply("GraphSchemaOnce", Impulse.create())
        .apply("ApplyGraphSchema", ParDo.of(new ApplyGraphSchemaFn(neo4j)));
    PCollection<GraphKey> all = keys
        .apply("WithRouteEnds", FlatMapElements.into(TypeDescriptor.of(GraphKey.class)).via(WriteAsGraph::withEnds))
        .setCoder(GraphKeyCoder.of())
        .apply("DistinctKeys", Distinct.create())
        .apply("WaitForSchema", Wait.on(schema));
    PCollection<Void> ases = all
        .apply("AsKeys", Filter.by(key -> key.kind() == GraphKey.Kind.AS))
        .apply("ProjectAses", ParDo.of(new ProjectGraphFn(neo4j, postgres, GraphKey.Kind.AS, BATCH_SIZE)));
    PCollection<Void> routes = all
        .apply("RouteKeys", Filter.by(key -> key.kind() == GraphKey.Kind.ROUTE))
        .apply("WaitForAses", Wait.on(ases))
        .apply("ProjectRoutes", ParDo.of(new ProjectGraphFn(neo4j, postgres, GraphKey.Kind.ROUTE, BATCH_SIZE)));
    return PCollectionList.of(ases).and(routes).apply("GraphWritten", Flatten.pCollections());
  }

  private static Iterable<GraphKey> withEnds(GraphKey key) {
    if (key.kind() == GraphKey.Kind.AS) {
      return List.of(key);
    }
    return List.of(key, GraphKey.as(key.asn()), GraphKey.as(key.dstAsn()));
  }
}
