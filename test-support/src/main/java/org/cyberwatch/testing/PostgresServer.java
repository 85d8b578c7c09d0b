package org.cyberwatch.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server for tests: the zonky embedded binaries, started once per JVM on first
 * use and stopped by a shutdown hook. Tests get an isolated database each with {@link
 * #freshDatabase(String)}, so test classes never see each other's rows.
 *
 * <p>The server trusts local connections (initdb {@code -A trust}) and runs with {@code fsync} off:
 * fast, and never for real data.
 */
public final class PostgresServer {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
  private static final String USER = "postgres";
  private static final String PASSWORD = "postgres";
  private static final String ADMIN_DATABASE = "postgres";
  private static final int MAX_PREFIX_LENGTH = 40;
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private final EmbeddedPostgres postgres;
  private final Duration startupTime;
  private final AtomicInteger databaseCounter = new AtomicInteger();

  private PostgresServer(EmbeddedPostgres postgres, Duration startupTime) {
    this.postgres = postgres;
    this.startupTime = startupTime;
  }

  /** The JVM-wide server, started on the first call. */
  public static PostgresServer shared() {
    return Holder.INSTANCE;
  }

  /** JDBC URL of the administrative {@code postgres} database (shared by everyone: prefer fresh). */
  public String jdbcUrl() {
    return jdbcUrl(ADMIN_DATABASE);
  }

  /** Login role. */
  public String user() {
    return USER;
  }

  /** Password; not checked by the server, given for clients that insist on one. */
  public String password() {
    return PASSWORD;
  }

  /** TCP port on localhost. */
  public int port() {
    return postgres.getPort();
  }

  /** Data source of the administrative {@code postgres} database. */
  public DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  /** How long the first start took (binaries unpacked, initdb, postmaster ready). */
  public Duration startupTime() {
    return startupTime;
  }

  /**
   * Creates a new, empty database named after {@code prefix} (lower-cased, other characters than
   * {@code [a-z0-9_]} replaced by {@code _}) plus a sequence number unique in this JVM.
   */
  public PostgresDatabase freshDatabase(String prefix) {
    String name = databaseName(prefix, databaseCounter.incrementAndGet());
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    return new PostgresDatabase(
        name, jdbcUrl(name), USER, PASSWORD, postgres.getDatabase(USER, name));
  }

  static String databaseName(String prefix, int sequence) {
    if (prefix == null || prefix.isBlank()) {
      throw new IllegalArgumentException("prefix must not be blank");
    }
    String cleaned = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    if (cleaned.length() > MAX_PREFIX_LENGTH) {
      cleaned = cleaned.substring(0, MAX_PREFIX_LENGTH);
    }
    if (!Character.isLetter(cleaned.charAt(0))) {
      cleaned = "db_" + cleaned;
    }
    return cleaned + "_" + sequence;
  }

  private String jdbcUrl(String database) {
    return postgres.getJdbcUrl(USER, database) + "&reWriteBatchedInserts=true";
  }

  private static PostgresServer start() {
    long started = System.nanoTime();
    try {
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setPGStartupWait(STARTUP_WAIT)
              .setRegisterShutdownHook(true)
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .start();
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      LOG.info("PostgreSQL test server on port {} started in {} ms", postgres.getPort(), took.toMillis());
      return new PostgresServer(postgres, took);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
    }
  }

  private static final class Holder {
    private static final PostgresServer INSTANCE = start();
  }
}
