package org.cyberwatch.pipelines.load.neo4j;

/**
 * Writing the AS graph to Neo4j failed after the driver's own retries of transient errors: names
 * what was being written; the cause is the driver's exception.
 */
public final class Neo4jLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Neo4jLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
