package org.cyberwatch.schemas.store;

/**
 * Outcome of {@link PostgresMigrations#migrate(javax.sql.DataSource)}.
 *
 * @param version schema version after the run, e.g. {@code "1"} for {@code V1__init.sql}
 * @param migrationsExecuted migrations applied by this run; 0 when the schema was already current
 */
public record MigrationResult(String version, int migrationsExecuted) {

  /** Validates the components. */
  public MigrationResult {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("version must not be blank");
    }
    if (migrationsExecuted < 0) {
      throw new IllegalArgumentException("migrationsExecuted must be >= 0: " + migrationsExecuted);
    }
  }

  /** True if this run changed nothing. */
  public boolean upToDate() {
    return migrationsExecuted == 0;
  }
}
