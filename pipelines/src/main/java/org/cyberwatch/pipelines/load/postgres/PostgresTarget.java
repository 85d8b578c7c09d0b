package org.cyberwatch.pipelines.load.postgres;

import java.io.Serializable;

/**
 * Where and as whom the job writes PostgreSQL. The password comes from the environment or a file,
 * never from a default (see ReprocessJob).
 *
 * @param jdbcUrl e.g. {@code jdbc:postgresql://127.0.0.1:5432/cyberwatch?reWriteBatchedInserts=true}
 * @param user the database user
 * @param password the password, or empty for trust/peer authentication
 */
public record PostgresTarget(String jdbcUrl, String user, String password) implements Serializable {
  public PostgresTarget {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("jdbcUrl: must start with jdbc:postgresql:, got " + jdbcUrl);
    }
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("user: must not be blank");
    }
    password = password == null ? "" : password;
  }

  @Override
  public String toString() {
    return "PostgresTarget[" + jdbcUrl + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***") + "]";
  }
}
