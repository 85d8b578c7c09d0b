package org.cyberwatch.pipelines.load.neo4j;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.cyberwatch.pipelines.load.aggregate.GraphKey;
import org.cyberwatch.pipelines.load.postgres.PostgresLoadException;
import org.cyberwatch.pipelines.load.postgres.PostgresTarget;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Projects graph keys of one kind in batches: reads the batch from PostgreSQL, then runs the
 * kind's Cypher statements in one Neo4j write transaction (retried by the driver on transient
 * errors such as deadlocks between parallel batches). Connections open in {@code @Setup}.
 */
final class ProjectGraphFn extends DoFn<GraphKey, Void> {
  private final Neo4jTarget neo4j;
  private final PostgresTarget postgres;
  private final GraphKey.Kind kind;
  private final int batchSize;
  private transient Driver driver;
  private transient Connection connection;
  private transient List<GraphKey> batch;

  ProjectGraphFn(Neo4jTarget neo4j, PostgresTarget postgres, GraphKey.Kind kind, int batchSize) {
    this.neo4j = neo4j;
    this.postgres = postgres;
    this.kind = kind;
    this.batchSize = batchSize;
  }

  @Setup
  public void setup() throws SQLException {
    driver = neo4j.openDriver();
    connection = postgres.connect();
    connection.setReadOnly(true);
  }

  @StartBundle
  public void startBundle() {
    batch = new ArrayList<>();
  }

  @ProcessElement
  public void processElement(@Element GraphKey key) {
    if (key.kind() != kind) {
      throw new IllegalArgumentException("a " + key.kind() + " key in the " + kind + " projection");
    }
    batch.add(key);
    if (batch.size() >= batchSize) {
      flush();
    }
  }

  @FinishBundle
  public void finishBundle() {
    flush();
  }

  @Teardown
  public void teardown() throws SQLException {
    try (Connection c = connection; Driver d = driver) {
      connection = null;
      driver = null;
    }
  }

  private void flush() {
    if (batch.isEmpty()) {
      return;
    }
    Map<String, Object> parameters = read(batch);
    List<String> statements = kind == GraphKey.Kind.AS ? GraphCypher.AS_STATEMENTS : GraphCypher.ROUTE_STATEMENTS;
    try (Session session = driver.session()) {
      session.executeWriteWithoutResult(tx -> statements.forEach(s -> tx.run(s, parameters).consume()));
    }
    batch = new ArrayList<>();
  }

  private Map<String, Object> read(List<GraphKey> keys) {
    try {
      if (kind == GraphKey.Kind.AS) {
        return AsProjection.parameters(new GraphSource(connection), keys.stream().map(GraphKey::asn).toList());
      }
      return RouteProjection.parameters(new GraphSource(connection), keys);
    } catch (SQLException e) {
      throw new PostgresLoadException("read " + keys.size() + " " + kind + " graph keys: " + e.getMessage(), e);
    }
  }
}
