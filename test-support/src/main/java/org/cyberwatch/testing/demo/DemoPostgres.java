package org.cyberwatch.testing.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The demo's PostgreSQL 17: zonky's embedded binaries with a data directory that survives the
 * process ({@code <dir>/postgres}), on a fixed loopback port, user {@code postgres} with trust
 * authentication, and the database {@link DemoSettings#DATABASE}. A second start reuses the
 * cluster, so the demo's rows stay until the directory is removed.
 */
final class DemoPostgres implements AutoCloseable {
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

  private final EmbeddedPostgres postgres;

  private DemoPostgres(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts (initialising the cluster on first use) and creates the demo database if missing. */
  static DemoPostgres start(Path dataDir, int port) throws IOException {
    Files.createDirectories(dataDir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setPGStartupWait(STARTUP_WAIT)
            .setRegisterShutdownHook(false)
            .start();
    DemoPostgres server = new DemoPostgres(postgres);
    server.createDatabase();
    return server;
  }

  private void createDatabase() throws IOException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DemoSettings.DATABASE);
      try (ResultSet rs = exists.executeQuery(); Statement create = c.createStatement()) {
        if (!rs.next()) {
          create.execute("CREATE DATABASE " + DemoSettings.DATABASE);
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot create database " + DemoSettings.DATABASE, e);
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
