package org.cyberwatch.probe.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cyberwatch.schemas.validate.SchemaId;
import org.cyberwatch.schemas.validate.SchemaValidator;
import org.cyberwatch.schemas.validate.Violation;

/** Shared test helpers: schema validation of test keys and reading test resources. */
public final class TestKeysAssert {

  private static final SchemaValidator VALIDATOR = SchemaValidator.load();

  private TestKeysAssert() {}

  /** Asserts that {@code keys} validate against {@code schema} (the violations are the message). */
  public static void assertValid(SchemaId schema, JsonNode keys) {
    List<Violation> violations = VALIDATOR.validate(schema, keys);
    assertEquals(List.of(), violations, () -> "test keys: " + keys.toPrettyString());
  }

  /** A classpath resource (e.g. {@code /tools/scamper/x.json}) as UTF-8 text. */
  public static String resource(String path) {
    try (InputStream in = TestKeysAssert.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
