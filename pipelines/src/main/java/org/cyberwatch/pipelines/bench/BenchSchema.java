package org.cyberwatch.pipelines.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.cyberwatch.pipelines.load.postgres.PostgresLoadException;
import org.cyberwatch.pipelines.load.postgres.PostgresTarget;

/**
 * A fresh PostgreSQL schema ({@code cw_bench_…}) per runner run, so every run loads into empty
 * tables and the database given to the bench keeps its own data: the run's JDBC URL sets {@code
 * currentSchema}, the job's migrations create the tables there, and the schema is dropped after
 * its rows are counted. Only schemas named {@value #PREFIX}… are ever dropped.
 */
final class BenchSchema {
  static final String PREFIX = "cw_bench_";
  private static final Pattern NAME = Pattern.compile(PREFIX + "[a-z0-9_]{1,40}");

  private final PostgresTarget server;

  BenchSchema(PostgresTarget server) {
    if (server.jdbcUrl().contains("currentSchema=")) {
      throw new IllegalArgumentException("--postgres-url: must not set currentSchema (the bench "
          + "uses its own schemas)");
    }
    this.server = server;
  }

  /** Creates schema {@code name} empty (dropping a leftover of an interrupted bench). */
  void create(String name) {
    execute("DROP SCHEMA IF EXISTS " + checked(name) + " CASCADE; CREATE SCHEMA " + name);
  }

  /** Drops schema {@code name} and everything in it. */
  void drop(String name) {
    execute("DROP SCHEMA IF EXISTS " + checked(name) + " CASCADE");
  }

  /** The server URL with {@code currentSchema} set to {@code name}. */
  String url(String name) {
    String url = server.jdbcUrl();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + checked(name);
  }

  /** Rows in the schema's {@code measurements} table. */
  long measurements(String name) {
    try (Connection c = server.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + checked(name) + ".measurements")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new PostgresLoadException("cannot count " + name + ".measurements: " + e.getMessage(), e);
    }
  }

  private void execute(String sql) {
    try (Connection c = server.connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new PostgresLoadException("PostgreSQL at " + server.jdbcUrl() + ": " + e.getMessage(), e);
    }
  }

  private static String checked(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("schema: not a bench schema name: " + name);
    }
    return name;
  }
}
