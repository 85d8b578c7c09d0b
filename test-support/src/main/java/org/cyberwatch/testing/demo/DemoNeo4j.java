package org.cyberwatch.testing.demo;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The demo's Neo4j 5 community: the harness in-process, with its store in {@code <dir>/neo4j}
 * (kept across starts), Bolt and the HTTP API (transactional endpoint {@code /db/neo4j/tx/commit},
 * used by the notebooks) on fixed loopback ports, without authentication.
 */
final class DemoNeo4j implements AutoCloseable {
  private static final String LOOPBACK = "127.0.0.1";

  private final Neo4j neo4j;

  private DemoNeo4j(Neo4j neo4j) {
    this.neo4j = neo4j;
  }

  static DemoNeo4j start(Path storeDir, Path workDir, int boltPort, int httpPort) {
    Neo4j neo4j =
        Neo4jBuilders.newInProcessBuilder(workDir)
            .withConfig(GraphDatabaseSettings.data_directory, storeDir.toAbsolutePath())
            .withConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
            .withConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, boltPort))
            .withConfig(HttpConnector.enabled, true)
            .withConfig(HttpConnector.listen_address, new SocketAddress(LOOPBACK, httpPort))
            .withConfig(HttpConnector.advertised_address, new SocketAddress(LOOPBACK, httpPort))
            .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .withConfig(GraphDatabaseSettings.udc_enabled, false)
            .build();
    return new DemoNeo4j(neo4j);
  }

  @Override
  public void close() {
    neo4j.close();
  }
}
