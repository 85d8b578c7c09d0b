package org.cyberwatch.pipelines.load.neo4j;

import java.io.Serializable;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Where and as whom the job writes the Neo4j AS graph.
 *
 * @param uri the Bolt URI, e.g. {@code bolt://127.0.0.1:7687}
 * @param user the user, or empty for no authentication
 * @param password the password (from the environment or a file, never a default), or empty
 */
public record Neo4jTarget(String uri, String user, String password) implements Serializable {
  public Neo4jTarget {
    if (uri == null || !(uri.startsWith("bolt://") || uri.startsWith("neo4j://")
        || uri.startsWith("bolt+s://") || uri.startsWith("neo4j+s://"))) {
      throw new IllegalArgumentException("uri: must be a bolt:// or neo4j:// URI, got " + uri);
    }
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  /** A new driver (basic auth, or none when the user is empty); the caller closes it. */
  public Driver openDriver() {
    AuthToken auth = user.isEmpty() ? AuthTokens.none() : AuthTokens.basic(user, password);
    return GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.slf4j()).build());
  }

  @Override
  public String toString() {
    return "Neo4jTarget[" + uri + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***") + "]";
  }
}
