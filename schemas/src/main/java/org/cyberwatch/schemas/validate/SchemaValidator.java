package org.cyberwatch.schemas.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates JSON documents against the cyberWatch JSON Schemas (draft 2020-12).
 *
 * <p>{@link #load()} reads every schema once from the classpath ({@code jsonschema/}); the instance
 * is immutable, thread-safe and meant to be shared. Validation never stops at the first problem: it
 * returns every {@link Violation}, ordered by path, and an empty list for a valid document.
 */
public final class SchemaValidator {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaValidator.class);
  private static final String CLASSPATH_ROOT = "classpath:jsonschema/";
  private static final String TEST_KEYS_PATH = "$.test_keys";

  /** Keywords reported on the parent object whose violation is really about one named property. */
  private static final Set<String> PROPERTY_KEYWORDS =
      Set.of("required", "dependentRequired", "additionalProperties", "unevaluatedProperties");

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path)
          .thenComparing(Violation::keyword)
          .thenComparing(Violation::message);

  private final Map<SchemaId, JsonSchema> schemas;

  private SchemaValidator(Map<SchemaId, JsonSchema> schemas) {
    this.schemas = schemas;
  }

  /**
   * Loads and compiles every schema named by {@link SchemaId}. Only classpath resources are read:
   * a {@code $ref} outside {@link SchemaId#BASE_URI} is refused, never fetched from the network.
   *
   * @throws IllegalStateException if a schema is missing from the classpath, is not valid JSON or
   *     refers to a schema outside the classpath
   */
  public static SchemaValidator load() {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder
                    .schemaMappers(m -> m.mapPrefix(SchemaId.BASE_URI, CLASSPATH_ROOT))
                    .schemaLoaders(l -> l.add(new AllowSchemaLoader(SchemaValidator::isLocal))));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_PATH)
            .formatAssertionsEnabled(true)
            .locale(Locale.ENGLISH)
            .build();
    Map<SchemaId, JsonSchema> schemas = new EnumMap<>(SchemaId.class);
    for (SchemaId id : SchemaId.values()) {
      schemas.put(id, compile(factory, config, id));
    }
    LOG.debug("Loaded {} JSON schemas from {}", schemas.size(), CLASSPATH_ROOT);
    return new SchemaValidator(schemas);
  }

  /** Only classpath resources: ours (mapped above) and the library's built-in meta-schemas. */
  private static boolean isLocal(AbsoluteIri iri) {
    return iri.toString().startsWith("classpath:");
  }

  private static JsonSchema compile(
      JsonSchemaFactory factory, SchemaValidatorsConfig config, SchemaId id) {
    try {
      JsonSchema schema = factory.getSchema(SchemaLocation.of(id.uri().toString()), config);
      schema.initializeValidators();
      return schema;
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot load schema " + id + " (" + id.uri() + ")", e);
    }
  }

  /** Every way {@code document} breaks the schema {@code id}; empty when it is valid. */
  public List<Violation> validate(SchemaId id, JsonNode document) {
    return schemas.get(id).validate(document).stream()
        .map(SchemaValidator::toViolation)
        .sorted(ORDER)
        .toList();
  }

  /**
   * Validates a whole measurement: the envelope against {@link SchemaId#MEASUREMENT} and, when
   * cyberWatch has a schema for its {@code test_name}, the {@code test_keys} against that schema
   * (their violations have paths under {@code $.test_keys}). For an unknown test name only the
   * envelope is checked.
   */
  public List<Violation> validateMeasurement(JsonNode measurement) {
    List<Violation> violations = new ArrayList<>(validate(SchemaId.MEASUREMENT, measurement));
    JsonNode testKeys = measurement.path("test_keys");
    if (testKeys.isObject()) {
      SchemaId.forTestName(measurement.path("test_name").textValue())
          .map(id -> validate(id, testKeys))
          .ifPresent(found -> found.forEach(v -> violations.add(v.under(TEST_KEYS_PATH))));
    }
    violations.sort(ORDER);
    return List.copyOf(violations);
  }

  private static Violation toViolation(ValidationMessage message) {
    JsonNodePath location = message.getInstanceLocation();
    if (message.getProperty() != null && PROPERTY_KEYWORDS.contains(message.getType())) {
      location = location.append(message.getProperty());
    }
    return new Violation(location.toString(), message.getType(), message.getError());
  }
}
