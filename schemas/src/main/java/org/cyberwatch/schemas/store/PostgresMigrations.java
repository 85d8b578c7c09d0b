package org.cyberwatch.schemas.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a PostgreSQL database to the current cyberWatch schema with Flyway, from the versioned
 * scripts in {@code classpath:db/migration} ({@code V1__init.sql}, ...). Idempotent: a second call
 * applies nothing. Applied scripts are checksummed, so an edited script fails validation instead of
 * silently diverging; change the schema only by adding a new version.
 */
public final class PostgresMigrations {
  /** Where the migration scripts live on the classpath. */
  public static final String LOCATION = "classpath:db/migration";

  private static final Logger LOG = LoggerFactory.getLogger(PostgresMigrations.class);

  private PostgresMigrations() {}

  /**
   * Applies every pending migration to the database behind {@code dataSource} (its default schema,
   * {@code public}).
   *
   * @throws MigrationException if the database cannot be reached or a script fails or was changed
   */
  public static MigrationResult migrate(DataSource dataSource) {
    if (dataSource == null) {
      throw new IllegalArgumentException("dataSource must not be null");
    }
    Flyway flyway = flyway(dataSource);
    try {
      MigrateResult result = flyway.migrate();
      MigrationResult outcome = new MigrationResult(currentVersion(flyway), result.migrationsExecuted);
      LOG.info("PostgreSQL schema at version {} ({} migrations applied)",
          outcome.version(), outcome.migrationsExecuted());
      return outcome;
    } catch (FlywayException e) {
      throw new MigrationException("PostgreSQL migration failed: " + e.getMessage(), e);
    }
  }

  private static Flyway flyway(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION)
        .failOnMissingLocations(true)
        .cleanDisabled(true)
        .load();
  }

  private static String currentVersion(Flyway flyway) {
    MigrationInfo current = flyway.info().current();
    if (current == null || current.getVersion() == null) {
      throw new MigrationException("no migration applied after migrate", null);
    }
    return current.getVersion().getVersion();
  }
}
