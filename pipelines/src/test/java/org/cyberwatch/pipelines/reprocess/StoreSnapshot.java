package org.cyberwatch.pipelines.reprocess;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cyberwatch.testing.Neo4jServer;
import org.cyberwatch.testing.PostgresDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * What a run left in the stores, comparable across runs: per table a row count and a checksum over
 * every column but bookkeeping times and run ids; per Neo4j label and relationship type a count;
 * every ROUTE edge with its properties; and the per-pair totals of {@code as_edges_daily}.
 */
record StoreSnapshot(Map<String, String> tables, Map<String, Long> graph, List<String> routes,
    List<String> edgeTotals) {
  private static final List<String> TABLES = List.of("measurements", "hops", "path_edges",
      "prefix_origins", "ixp_members", "asns", "as_edges_daily", "asn_stats", "peer_observations",
      "nat_observations", "tunnel_reports", "failures");

  static StoreSnapshot take(PostgresDatabase db, Neo4jServer neo4j) throws SQLException {
    Map<String, String> tables = new TreeMap<>();
    for (String t : TABLES) {
      List<String> r = StoreQueries.rows(db, "SELECT count(*) || ' ' || coalesce(md5(string_agg(j::text, '|' ORDER BY j::text)), '') FROM"
          + " (SELECT to_jsonb(x) - 'created_at' - 'updated_at' - 'last_seen_at' - 'run_id' - 'id' AS j FROM "
          + t + " x) s").get(0);
      tables.put(t, r.get(0));
    }
    List<String> totals = new ArrayList<>();
    for (List<String> r : StoreQueries.rows(db, "SELECT src_asn, dst_asn, sum(observed_count), min(min_rtt_ms),"
        + " max(max_rtt_ms), min(day), max(day) FROM as_edges_daily GROUP BY 1, 2 ORDER BY 1, 2")) {
      totals.add(String.join(" ", r.get(0), r.get(1), r.get(2), num(r.get(3)), num(r.get(4)), r.get(5), r.get(6)));
    }
    return new StoreSnapshot(tables, graphCounts(neo4j), routes(neo4j), totals);
  }

  long count(String table) {
    return Long.parseLong(tables.get(table).split(" ")[0]);
  }

  private static Map<String, Long> graphCounts(Neo4jServer neo4j) {
    Map<String, Long> counts = new TreeMap<>();
    try (Session s = neo4j.driver().session()) {
      s.run("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c").forEachRemaining(
          r -> counts.put("node:" + r.get("l").asString(), r.get("c").asLong()));
      s.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c").forEachRemaining(
          r -> counts.put("rel:" + r.get("t").asString(), r.get("c").asLong()));
    }
    return counts;
  }

  private static List<String> routes(Neo4jServer neo4j) {
    List<String> out = new ArrayList<>();
    try (Session s = neo4j.driver().session()) {
      for (Record r : s.run("MATCH (a:AS)-[r:ROUTE]->(b:AS) RETURN a.asn AS a, b.asn AS b,"
          + " r.observed_count AS n, r.min_rtt AS lo, r.max_rtt AS hi, toString(r.first_seen) AS f,"
          + " toString(r.last_seen) AS l ORDER BY a, b").list()) {
        out.add(String.join(" ", String.valueOf(r.get("a").asLong()), String.valueOf(r.get("b").asLong()),
            String.valueOf(r.get("n").asLong()), num(r.get("lo").isNull() ? null : String.valueOf(r.get("lo").asDouble())),
            num(r.get("hi").isNull() ? null : String.valueOf(r.get("hi").asDouble())),
            r.get("f").asString().substring(0, 10), r.get("l").asString().substring(0, 10)));
      }
    }
    return out;
  }

  private static String num(String s) {
    return s == null ? "null" : String.valueOf(Double.parseDouble(s));
  }
}
