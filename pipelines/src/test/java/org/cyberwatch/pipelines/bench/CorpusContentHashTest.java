package org.cyberwatch.pipelines.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cyberwatch.pipelines.parse.MeasurementIdentity;
import org.cyberwatch.schemas.can.CanReader;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over a bench corpus generated from the module's real fixtures, and each of its documents
 * rewritten (members in reverse order, non-ASCII escaped) and parsed again: content hashes are
 * equal exactly where the canonical forms without the uid are.
 */
class CorpusContentHashTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final int N = 400;
  private static final ObjectWriter ESCAPING =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build().writer();

  @TempDir static Path work;
  private static final List<Measurement> documents = new ArrayList<>();

  @BeforeAll
  static void generate() throws IOException {
    Corpus corpus = new CorpusGenerator(SeedDocuments.load(List.of(FIXTURES)), 11)
        .write(work, N);
    for (Path can : corpus.cans()) {
      try (CanReader r = CanReader.open(can)) {
        r.forEachRemaining(e -> documents.add(e.measurement()));
      }
    }
  }

  @Test
  void hashesPartitionTheCorpusAndItsRewrittenCopiesAsCanonicalFormsDo() throws IOException {
    List<List<String>> canonicalAndHash = new ArrayList<>();
    for (Measurement m : documents) {
      Measurement rewritten = MeasurementCodec.parse(ESCAPING.writeValueAsBytes(reversed(m.json())));
      canonicalAndHash.add(List.of(canonical(m), hash(m)));
      canonicalAndHash.add(List.of(canonical(rewritten), hash(rewritten)));
    }
    assertEquals(
        List.of(2L * N, (long) N, (long) N, (long) N),
        List.of((long) canonicalAndHash.size(),
            canonicalAndHash.stream().map(p -> p.get(0)).distinct().count(),
            canonicalAndHash.stream().map(p -> p.get(1)).distinct().count(),
            canonicalAndHash.stream().distinct().count()));
  }

  private static String hash(Measurement m) {
    return MeasurementIdentity.identify(m, null, "can", 0).contentHash();
  }

  private static String canonical(Measurement m) {
    return new String(MeasurementCodec.toCanonicalBytes(m.withoutField("measurement_uid")),
        StandardCharsets.UTF_8);
  }

  /** A mutable copy of {@code node} with every object's members in reverse order. */
  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      node.properties().forEach(members::add);
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (int i = members.size() - 1; i >= 0; i--) {
        copy.set(members.get(i).getKey(), reversed(members.get(i).getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(e -> copy.add(reversed(e)));
      return copy;
    }
    return node;
  }
}
