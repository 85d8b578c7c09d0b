package org.cyberwatch.testing.demo;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The demo's closing summary, read back from the stores the pipelines filled: measurements per
 * test with anomaly, confirmed-blocking and failure counts, the anomalies, NAT types, peer
 * reachability, tunnel reports, AS edges (PostgreSQL's daily aggregate and Neo4j's ROUTE
 * relationships) and the last pipeline runs.
 */
final class DemoSummary {
  private final DemoSettings settings;
  private final PrintStream out;

  DemoSummary(DemoSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  /** Prints the summary; fails when the stores cannot be read. */
  void print() throws SQLException {
    try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), "postgres", "postgres")) {
      section("Measurements per test (PostgreSQL table measurements)");
      table(c, List.of("test", "measurements", "anomalies", "confirmed", "failures"),
          DemoQueries.PER_TEST);
      section("Anomalies and confirmed blocking, by test, country and input");
      table(c, List.of("test", "cc", "input", "anomalies", "confirmed"), DemoQueries.ANOMALIES);
      section("NAT types (nat_observations)");
      table(c, List.of("mapping", "filtering", "observations"), DemoQueries.NAT_TYPES);
      section("Peer-to-peer reachability (peer_observations)");
      table(c, List.of("from AS", "to AS", "destination behind NAT", "attempts", "succeeded"),
          DemoQueries.PEERS);
      section("Tunnel telemetry (tunnel_reports)");
      table(c, List.of("proto", "port", "failure", "reports"), DemoQueries.TUNNELS);
      section("AS edges (as_edges_daily, all days)");
      table(c, List.of("from", "to", "observed", "min rtt ms", "max rtt ms"), DemoQueries.EDGES);
      section("Pipeline runs (pipeline_runs, newest first)");
      table(c, List.of("started", "runner", "status", "counts", "export digest"), DemoQueries.RUNS);
    }
    graph();
  }

  private void graph() {
    try (Driver driver = GraphDatabase.driver(settings.boltUri(), AuthTokens.none());
        Session session = driver.session()) {
      long ases = session.run("MATCH (a:AS) RETURN count(a) AS n").single().get("n").asLong();
      long routes = session.run("MATCH (:AS)-[r:ROUTE]->(:AS) RETURN count(r) AS n").single()
          .get("n").asLong();
      long prefixes = session.run("MATCH (p:Prefix) RETURN count(p) AS n").single().get("n")
          .asLong();
      section("AS graph (Neo4j)");
      out.printf("  %d AS nodes, %d ROUTE relationships, %d prefixes%n", ases, routes, prefixes);
    }
  }

  private void section(String title) {
    out.println();
    out.println(title);
  }

  private void table(Connection c, List<String> header, String sql) throws SQLException {
    DemoTable t = new DemoTable(header).addAll(rows(c, sql));
    if (t.size() == 0) {
      out.println("  (none)");
    } else {
      t.print(out, "  ");
    }
  }

  private static List<List<String>> rows(Connection c, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i) == null ? "-" : rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
