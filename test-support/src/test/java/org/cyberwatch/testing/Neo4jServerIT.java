package org.cyberwatch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

class Neo4jServerIT {
  private final Neo4jServer server = Neo4jServer.shared();

  @Test
  void answersReturnOneOverBoltFromAFreshDriver() {
    try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
        Session session = driver.session()) {
      assertEquals(1, session.run("RETURN 1 AS one").single().get("one").asInt());
    }
  }

  @Test
  void boltUriIsLoopbackWithAPortAndNoPath() {
    assertTrue(
        server.boltUri().toString().matches("bolt://127\\.0\\.0\\.1:[1-9][0-9]*"),
        server.boltUri().toString());
  }

  @Test
  void isStartedOncePerJvm() {
    assertSame(server, Neo4jServer.shared());
  }

  @Test
  void clearDeletesAllNodesAndRelationships() {
    try (Session session = server.driver().session()) {
      session.run("CREATE (:Thing {id: 1})-[:NEXT]->(:Thing {id: 2})").consume();
      server.clear();
      assertEquals(0, session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asInt());
    }
  }
}
