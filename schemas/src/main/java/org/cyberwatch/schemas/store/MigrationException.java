package org.cyberwatch.schemas.store;

/** The PostgreSQL schema could not be migrated (connection, SQL or validation error). */
public final class MigrationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps the cause reported by the migration tool. */
  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
