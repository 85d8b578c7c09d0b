package org.cyberwatch.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.cyberwatch.ingest.report.UploadRejectedException;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;

/** JSON in and out of the HTTP layer (records are written with snake_case member names). */
final class HttpJson {

  static final JsonMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private HttpJson() {}

  /** The bytes of {@code value} (a tree, record or map). */
  static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  /** A JSON object body; {@code invalid_json} or {@code not_an_object} otherwise. */
  static ObjectNode readObject(byte[] body) throws UploadRejectedException {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw UploadRejectedException.invalidJson(e);
    } catch (IOException e) {
      throw new UploadRejectedException(Reason.INVALID_JSON, "the body is not well-formed JSON: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw new UploadRejectedException(Reason.NOT_AN_OBJECT, "the body must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /** The error document. */
  static byte[] error(ApiError e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("error", e.code());
    o.put("message", e.message());
    return write(o);
  }
}
