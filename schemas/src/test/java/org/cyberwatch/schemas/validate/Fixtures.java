package org.cyberwatch.schemas.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads JSON fixtures and schemas from the test classpath. */
final class Fixtures {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Fixtures() {}

  /** The JSON document at {@code path} on the classpath, e.g. {@code examples/ping.json}. */
  static JsonNode read(String path) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no such fixture on the classpath: " + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + path, e);
    }
  }

  /** A mutable copy of the object at {@code path}. */
  static ObjectNode readObject(String path) {
    return (ObjectNode) read(path).deepCopy();
  }
}
