package org.cyberwatch.testing;

import java.net.URI;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j 5 (community) for tests: the Neo4j harness in-process, Bolt only (no HTTP), on a free
 * loopback port, without authentication. Started once per JVM on first use and stopped by a shutdown
 * hook. Neo4j community has a single user database, so tests share it: call {@link #clear()} before
 * each test that needs an empty graph.
 */
public final class Neo4jServer {
  private static final Logger LOG = LoggerFactory.getLogger(Neo4jServer.class);
  private static final String LOOPBACK = "127.0.0.1";

  private final URI boltUri;
  private final Driver driver;
  private final Duration startupTime;

  private Neo4jServer(Neo4j neo4j, Driver driver, Duration startupTime) {
    this.boltUri = URI.create("bolt://" + LOOPBACK + ":" + neo4j.boltURI().getPort());
    this.driver = driver;
    this.startupTime = startupTime;
  }

  /** The JVM-wide server, started on the first call. */
  public static Neo4jServer shared() {
    return Holder.INSTANCE;
  }

  /** Bolt URI, {@code bolt://127.0.0.1:PORT}; no authentication, no encryption. */
  public URI boltUri() {
    return boltUri;
  }

  /** A shared driver (thread-safe, closed with the server): open sessions from it, never close it. */
  public Driver driver() {
    return driver;
  }

  /** How long the first start took. */
  public Duration startupTime() {
    return startupTime;
  }

  /** Deletes every node and relationship; constraints and indexes stay. */
  public void clear() {
    try (Session session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
  }

  private static Neo4jServer start() {
    long started = System.nanoTime();
    Neo4j neo4j =
        Neo4jBuilders.newInProcessBuilder()
            .withDisabledServer()
            .withConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, 0))
            .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .withConfig(GraphDatabaseSettings.udc_enabled, false)
            .build();
    Driver driver =
        GraphDatabase.driver(
            neo4j.boltURI(), AuthTokens.none(), Config.builder().withLogging(Logging.slf4j()).build());
    driver.verifyConnectivity();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(neo4j, driver), "neo4j-test-server-stop"));
    Neo4jServer server = new Neo4jServer(neo4j, driver, took);
    LOG.info("Neo4j test server at {} started in {} ms", server.boltUri(), took.toMillis());
    return server;
  }

  private static void stop(Neo4j neo4j, Driver driver) {
    try (neo4j) {
      driver.close();
    }
  }

  private static final class Holder {
    private static final Neo4jServer INSTANCE = start();
  }
}
