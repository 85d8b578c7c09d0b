package org.cyberwatch.schemas.can;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Streaming JSON helpers of the can package: find the measurement inside a POST body, and read the
 * few envelope members an index needs, without building a tree.
 */
final class CanJson {

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  /** The members of a measurement that go into a {@link CanIndexEntry}. */
  record IndexFields(String reportId, String input, String measurementUid) {}

  /** Where the measurement sits inside a POST body: bytes {@code [start, end)}. */
  record Slice(int start, int end) {
    int length() {
      return end - start;
    }
  }

  private CanJson() {}

  /**
   * Locates {@code content} in a POST body {@code {"format":"json","content":{…}}}.
   *
   * @throws IOException when the body is not well-formed JSON
   * @throws IllegalArgumentException when it is JSON but not a JSON-format POST
   */
  static Slice postContent(byte[] post) throws IOException {
    try (JsonParser p = FACTORY.createParser(post)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("a POST body must be a JSON object");
      }
      String format = null;
      Slice content = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken t = p.nextToken();
        if (name.equals("content") && t == JsonToken.START_OBJECT) {
          int start = (int) p.currentTokenLocation().getByteOffset();
          p.skipChildren();
          content = new Slice(start, (int) p.currentTokenLocation().getByteOffset() + 1);
        } else if (name.equals("format") && t == JsonToken.VALUE_STRING) {
          format = p.getText();
        } else {
          p.skipChildren();
        }
      }
      if (format != null && !format.equalsIgnoreCase("json")) {
        throw new IllegalArgumentException("POST format '" + format + "' is not supported");
      }
      if (content == null) {
        throw new IllegalArgumentException("POST body has no JSON object 'content'");
      }
      return content;
    }
  }

  /**
   * Reads {@code report_id}, {@code input} and {@code measurement_uid} from the top level of a
   * measurement; absent or non-string members give null ({@code ""} for report_id), an {@code
   * input} that is not a string gives its JSON text.
   *
   * @throws IOException when the bytes are not well-formed JSON
   */
  static IndexFields indexFields(byte[] json, int offset, int length) throws IOException {
    try (JsonParser p = FACTORY.createParser(json, offset, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("a measurement must be a JSON object");
      }
      String reportId = "";
      String input = null;
      String uid = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "report_id" -> reportId = t == JsonToken.VALUE_STRING ? p.getText() : "";
          case "measurement_uid" -> uid = t == JsonToken.VALUE_STRING ? p.getText() : null;
          case "input" -> input = inputText(p, json, offset);
          default -> p.skipChildren();
        }
      }
      return new IndexFields(reportId, input, uid);
    }
  }

  private static String inputText(JsonParser p, byte[] json, int offset) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return p.getText();
    }
    int start = offset + (int) p.currentTokenLocation().getByteOffset();
    p.skipChildren();
    int end = offset + (int) p.currentTokenLocation().getByteOffset() + 1;
    return new String(json, start, end - start, StandardCharsets.UTF_8);
  }
}
