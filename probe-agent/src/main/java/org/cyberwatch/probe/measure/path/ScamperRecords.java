package org.cyberwatch.probe.measure.path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading scamper's JSON-lines output: one JSON object per line, each with a {@code type}. */
final class ScamperRecords {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScamperRecords() {}

  /** The first record of {@code type}; lines that are not JSON objects are an error. */
  static JsonNode first(String jsonLines, String type) throws ToolOutputException {
    for (String line : jsonLines.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode record;
      try {
        record = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        throw new ToolOutputException("scamper", "line is not JSON: " + e.getOriginalMessage());
      }
      if (type.equals(record.path("type").asText())) {
        return record;
      }
    }
    throw new ToolOutputException("scamper", "no " + type + " record");
  }

  static int requiredInt(JsonNode node, String field) throws ToolOutputException {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new ToolOutputException("scamper", "missing or non-integer " + field);
    }
    return value.asInt();
  }

  static Integer optionalInt(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.canConvertToInt() ? null : value.asInt();
  }
}
