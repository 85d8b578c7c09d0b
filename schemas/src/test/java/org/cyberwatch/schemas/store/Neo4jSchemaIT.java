package org.cyberwatch.schemas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cyberwatch.testing.Neo4jServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

class Neo4jSchemaIT {
  private static final Neo4jServer NEO4J = Neo4jServer.shared();

  @BeforeAll
  static void applySchema() {
    apply();
  }

  @BeforeEach
  void emptyGraph() {
    NEO4J.clear();
  }

  @Test
  void reapplyingTheStatementsChangesNothing() {
    List<String> before = schemaObjects();
    apply();
    apply();
    assertEquals(before, schemaObjects());
  }

  @Test
  void createsTheNamedConstraints() {
    try (Session session = NEO4J.driver().session()) {
      List<String> names =
          session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get("name").asString());
      assertTrue(
          names.containsAll(
              List.of("as_asn", "prefix_prefix", "ixp_id", "organization_id", "country_code")),
          names.toString());
    }
  }

  @Test
  void rejectsASecondAsWithTheSameAsn() {
    try (Session session = NEO4J.driver().session()) {
      session.run("CREATE (:AS {asn: 64500, name: 'first'})").consume();
      ClientException e =
          assertThrows(
              ClientException.class,
              () -> session.run("CREATE (:AS {asn: 64500, name: 'second'})").consume());
      assertEquals("Neo.ClientError.Schema.ConstraintValidationFailed", e.code());
    }
  }

  @Test
  void mergeOnAsnKeepsOneNode() {
    try (Session session = NEO4J.driver().session()) {
      session.run("MERGE (:AS {asn: 64501})").consume();
      session.run("MERGE (:AS {asn: 64501})").consume();
      assertEquals(
          1, session.run("MATCH (a:AS {asn: 64501}) RETURN count(a) AS c").single().get("c").asInt());
    }
  }

  private static List<String> schemaObjects() {
    try (Session session = NEO4J.driver().session()) {
      return session
          .run("SHOW INDEXES YIELD name, owningConstraint RETURN name, owningConstraint ORDER BY name")
          .list(r -> r.get("name").asString() + "/" + r.get("owningConstraint"));
    }
  }

  private static void apply() {
    try (Session session = NEO4J.driver().session()) {
      for (String statement : Neo4jSchema.statements()) {
        session.run(statement).consume();
      }
    }
  }
}
