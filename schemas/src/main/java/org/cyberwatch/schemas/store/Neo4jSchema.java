package org.cyberwatch.schemas.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Neo4j constraints and indexes of the AS graph, read from {@code neo4j/constraints.cypher} on
 * the classpath. Every statement is {@code IF NOT EXISTS}, so callers apply all of them with their
 * own driver on every start, each in its own auto-commit transaction (schema and data changes cannot
 * share a transaction). This module has no Neo4j dependency.
 */
public final class Neo4jSchema {
  /** Classpath resource holding the statements. */
  public static final String RESOURCE = "neo4j/constraints.cypher";

  private Neo4jSchema() {}

  /** The statements in file order, without comments and without the terminating semicolons. */
  public static List<String> statements() {
    return parse(read());
  }

  static List<String> parse(String script) {
    String withoutComments =
        script
            .lines()
            .filter(line -> !line.strip().startsWith("//"))
            .collect(Collectors.joining("\n"));
    return Arrays.stream(withoutComments.split(";"))
        .map(String::strip)
        .filter(statement -> !statement.isEmpty())
        .toList();
  }

  private static String read() {
    try (InputStream in = Neo4jSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
  }
}
