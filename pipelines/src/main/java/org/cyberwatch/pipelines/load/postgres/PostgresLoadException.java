package org.cyberwatch.pipelines.load.postgres;

/**
 * Direct JDBC work of a load step failed (run recorder, daily aggregates, graph source reads):
 * names what was being done; the cause is the driver's {@link java.sql.SQLException}.
 */
public final class PostgresLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PostgresLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
