package org.cyberwatch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresServerIT {
  private final PostgresServer server = PostgresServer.shared();

  @Test
  void answersSelectOneThroughItsJdbcUrl() throws SQLException {
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT 1")) {
      assertTrue(rows.next());
      assertEquals(1, rows.getInt(1));
    }
  }

  @Test
  void jdbcUrlBatchesRewrittenInserts() {
    assertTrue(server.jdbcUrl().contains("reWriteBatchedInserts=true"), server.jdbcUrl());
  }

  @Test
  void isStartedOncePerJvm() {
    assertSame(server, PostgresServer.shared());
  }

  @Test
  void freshDatabasesAreIsolatedFromEachOther() throws SQLException {
    PostgresDatabase first = server.freshDatabase("PostgresServerIT");
    PostgresDatabase second = server.freshDatabase("PostgresServerIT");
    assertNotEquals(first.name(), second.name());
    execute(first, "CREATE TABLE only_in_first (id int)");
    assertTrue(tableExists(first, "only_in_first"));
    assertFalse(tableExists(second, "only_in_first"));
  }

  @Test
  void freshDatabaseAcceptsConnectionsWithUserAndPassword() throws SQLException {
    PostgresDatabase database = server.freshDatabase("with_password");
    try (Connection connection =
        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
      assertEquals(database.name(), connection.getCatalog());
    }
  }

  private static void execute(PostgresDatabase database, String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static boolean tableExists(PostgresDatabase database, String table) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        ResultSet rows = connection.getMetaData().getTables(null, "public", table, null)) {
      return rows.next();
    }
  }
}
