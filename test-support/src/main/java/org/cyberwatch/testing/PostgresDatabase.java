package org.cyberwatch.testing;

import java.util.Objects;
import javax.sql.DataSource;

/**
 * One database on the shared test PostgreSQL server, with everything a test needs to connect to it.
 *
 * @param name database name
 * @param jdbcUrl JDBC URL including {@code user} and {@code reWriteBatchedInserts=true}
 * @param user login role
 * @param password password (the test server trusts local connections, so it is not checked)
 * @param dataSource a non-pooling data source for this database
 */
public record PostgresDatabase(
    String name, String jdbcUrl, String user, String password, DataSource dataSource) {

  /** Validates that every component is present. */
  public PostgresDatabase {
    requireText(name, "name");
    requireText(jdbcUrl, "jdbcUrl");
    requireText(user, "user");
    Objects.requireNonNull(password, "password");
    if (dataSource == null) {
      throw new IllegalArgumentException("dataSource must not be null");
    }
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
