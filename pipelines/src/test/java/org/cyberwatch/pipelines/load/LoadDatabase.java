package org.cyberwatch.pipelines.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cyberwatch.pipelines.load.postgres.PostgresTarget;
import org.cyberwatch.pipelines.rows.Column;
import org.cyberwatch.pipelines.rows.Table;
import org.cyberwatch.schemas.store.PostgresMigrations;
import org.cyberwatch.testing.PostgresDatabase;
import org.cyberwatch.testing.PostgresServer;

/** A fresh, migrated database on the shared test server, with the queries the load tests make. */
public final class LoadDatabase {
  private final PostgresDatabase database;

  private LoadDatabase(PostgresDatabase database) {
    this.database = database;
  }

  /** A new database at the current schema. */
  public static LoadDatabase fresh(String prefix) {
    PostgresDatabase database = PostgresServer.shared().freshDatabase(prefix);
    PostgresMigrations.migrate(database.dataSource());
    return new LoadDatabase(database);
  }

  public PostgresTarget target() {
    return new PostgresTarget(database.jdbcUrl(), database.user(), database.password());
  }

  /** The first column of every result row, as text. */
  public List<String> strings(String query) {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  /** The single value of a one-row, one-column query. */
  public String string(String query) {
    List<String> values = strings(query);
    if (values.size() != 1) {
      throw new IllegalStateException(values.size() + " rows from " + query);
    }
    return values.get(0);
  }

  public void execute(String sql) {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public long count(String table) {
    return Long.parseLong(string("SELECT count(*) FROM " + table));
  }

  /** {@code count:md5} over the rows of a table, restricted to {@code Table}'s columns. */
  public String checksum(Table table) {
    String columns = table.columns().stream().map(Column::name).collect(Collectors.joining(", "));
    return checksum(table.sqlName(), columns);
  }

  /** {@code count:md5} over the text of the rows of {@code SELECT columns FROM table}. */
  public String checksum(String table, String columns) {
    return string("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
        + " FROM (SELECT " + columns + " FROM " + table + ") t");
  }

  /**
   * A digest of the physical tuple versions of a table (xmin, ctid): any UPDATE, even to the same
   * values, changes it; an upsert whose guard finds nothing to change does not.
   */
  public String tupleVersions(String table) {
    return string("SELECT count(*) || ':' || coalesce(md5(string_agg(xmin::text || ctid::text, ','"
        + " ORDER BY ctid)), '') FROM " + table);
  }
}
