package org.cyberwatch.pipelines.load.neo4j;

import org.apache.beam.sdk.transforms.DoFn;
import org.cyberwatch.schemas.store.Neo4jSchema;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the graph's constraints and indexes ({@link Neo4jSchema#statements()}, all IF NOT
 * EXISTS) once per element (the job gives it one), each in its own auto-commit transaction.
 */
final class ApplyGraphSchemaFn extends DoFn<byte[], Void> {
  private static final Logger LOG = LoggerFactory.getLogger(ApplyGraphSchemaFn.class);
  private final Neo4jTarget neo4j;
  private transient Driver driver;

  ApplyGraphSchemaFn(Neo4jTarget neo4j) {
    this.neo4j = neo4j;
  }

  @Setup
  public void setup() {
    driver = neo4j.openDriver();
  }

  @ProcessElement
  public void processElement() {
    try (Session session = driver.session()) {
      for (String statement : Neo4jSchema.statements()) {
        session.run(statement).consume();
      }
    }
    LOG.info("Neo4j constraints and indexes applied at {}", neo4j.uri());
  }

  @Teardown
  public void teardown() {
    if (driver != null) {
      driver.close();
      driver = null;
    }
  }
}
