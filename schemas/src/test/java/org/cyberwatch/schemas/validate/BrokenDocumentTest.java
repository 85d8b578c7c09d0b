package org.cyberwatch.schemas.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Each file in {@code broken/} is a real example with one thing wrong; {@code broken/expected.csv}
 * names the only path and keyword the validator may report for it. Schema {@code MEASUREMENT}
 * means {@link SchemaValidator#validateMeasurement}, i.e. envelope and test keys.
 */
class BrokenDocumentTest {

  private static final SchemaValidator VALIDATOR = SchemaValidator.load();

  @ParameterizedTest(name = "{0} -> {2} {3}")
  @CsvFileSource(resources = "/broken/expected.csv", numLinesToSkip = 1)
  void brokenDocumentIsRejectedAtExactlyTheMutatedPath(
      String file, SchemaId schema, String path, String keyword) {
    JsonNode document = Fixtures.read("broken/" + file);

    List<Violation> violations =
        schema == SchemaId.MEASUREMENT
            ? VALIDATOR.validateMeasurement(document)
            : VALIDATOR.validate(schema, document);

    assertEquals(
        List.of(path + " " + keyword),
        violations.stream().map(v -> v.path() + " " + v.keyword()).toList(),
        () -> "violations: " + violations);
  }
}
