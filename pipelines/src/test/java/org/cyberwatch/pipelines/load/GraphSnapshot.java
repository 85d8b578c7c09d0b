package org.cyberwatch.pipelines.load;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** The whole Neo4j graph as sorted text lines, for comparing runs. */
public final class GraphSnapshot {
  private GraphSnapshot() {}

  /** One line per node: labels and properties (sorted). */
  public static List<String> nodes(Driver driver) {
    return lines(driver, "MATCH (n) RETURN labels(n) AS l, properties(n) AS p",
        r -> r.get("l").asList() + " " + new TreeMap<>(r.get("p").asMap()));
  }

  /** One line per relationship: start node, type and properties, end node. */
  public static List<String> relationships(Driver driver) {
    return lines(driver,
        "MATCH (a)-[r]->(b) RETURN properties(a) AS a, type(r) AS t, properties(r) AS p, properties(b) AS b",
        r -> key(r.get("a").asMap()) + " -[" + r.get("t").asString() + " "
            + new TreeMap<>(r.get("p").asMap()) + "]-> " + key(r.get("b").asMap()));
  }

  /** The value of a one-row, one-column query. */
  public static Object value(Driver driver, String query) {
    try (Session session = driver.session()) {
      return session.run(query).single().get(0).asObject();
    }
  }

  private static String key(Map<String, Object> properties) {
    for (String id : List.of("asn", "id", "prefix", "code")) {
      if (properties.containsKey(id)) {
        return id + "=" + properties.get(id);
      }
    }
    return new TreeMap<>(properties).toString();
  }

  private static List<String> lines(
      Driver driver, String query, java.util.function.Function<Record, String> line) {
    try (Session session = driver.session()) {
      return session.run(query).list(line::apply).stream().sorted().toList();
    }
  }
}
