package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/**
 * One row of a score table ({@code fixtures/corpus_scores.json}, {@code
 * fixtures/rule_scores.json}): a fixture measurement, optional changes to its envelope and test
 * keys, and the expected OONI scores dict, reason and flags.
 */
record ScoreCase(
    String name,
    String fixture,
    JsonNode envelope,
    JsonNode testKeys,
    JsonNode replaceTestKeys,
    ObjectNode scores,
    String reason,
    boolean anomaly,
    boolean confirmed,
    boolean msmFailure,
    boolean rowShape,
    String source) {

  static final ObjectMapper JSON = new ObjectMapper();

  /** The rows of a table under {@code /fixtures/}. */
  static List<ScoreCase> table(String name) {
    JsonNode rows = readTree("/fixtures/" + name);
    List<ScoreCase> out = new ArrayList<>();
    for (JsonNode r : rows) {
      out.add(new ScoreCase(r.get("case").asText(), r.get("fixture").asText(), r.get("envelope"),
          r.get("test_keys"), r.get("replace_test_keys"), (ObjectNode) r.get("scores"),
          r.get("reason").asText(), r.get("anomaly").asBoolean(), r.get("confirmed").asBoolean(),
          r.get("msm_failure").asBoolean(), r.path("row_shape").asBoolean(false),
          r.get("source").asText()));
    }
    return out;
  }

  /** A fixture measurement as recorded ({@code path} below {@code /fixtures/}). */
  static Measurement load(String path) {
    return MeasurementCodec.fromJson(readTree("/fixtures/" + path));
  }

  /** The fixture with this case's changes applied. */
  Measurement measurement() {
    Measurement m = load(fixture);
    if (replaceTestKeys != null) {
      m = m.withField("test_keys", replaceTestKeys);
    }
    if (testKeys != null) {
      ObjectNode tk = m.testKeys().deepCopy();
      testKeys.properties().forEach(e -> tk.set(e.getKey(), e.getValue()));
      m = m.withField("test_keys", tk);
    }
    if (envelope != null) {
      for (Map.Entry<String, JsonNode> e : envelope.properties()) {
        m = m.withField(e.getKey(), e.getValue());
      }
    }
    return m;
  }

  /** The test name the case is scored under. */
  String testName() {
    return measurement().testName();
  }

  @Override
  public String toString() {
    return name;
  }

  static JsonNode readTree(String resource) {
    try (InputStream in = ScoreCase.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: " + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
