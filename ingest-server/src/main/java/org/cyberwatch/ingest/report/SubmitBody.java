package org.cyberwatch.ingest.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;

/**
 * Where the measurement sits in a submission body {@code {"format":"json","content":{…}}} and what
 * its envelope says, found with one streaming pass over the whole body (nothing is copied, no tree
 * of the measurement is built), and why a body is refused. This pass is the only one that checks
 * the untrusted body is well-formed JSON.
 *
 * @param content the {@code content} object: where it is, its envelope, its probe_ip and uid values
 */
record SubmitBody(ContentScan content) {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /**
   * Locates and scans the {@code content} object (see {@link ContentScan}).
   *
   * @throws UploadRejectedException {@code invalid_json}, {@code not_an_object}, {@code
   *     content_not_object} (also when missing) or {@code unsupported_format} (a format other than
   *     {@code json}; an absent format counts as json)
   */
  static SubmitBody locate(byte[] body) throws UploadRejectedException {
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new UploadRejectedException(Reason.NOT_AN_OBJECT,
            "the body must be a JSON object {\"format\":\"json\",\"content\":{…}}");
      }
      SubmitBody content = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken t = p.nextToken();
        if (name.equals("content")) {
          content = content(p, t);
        } else if (name.equals("format")) {
          format(p, t);
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw new UploadRejectedException(Reason.INVALID_JSON, "the body has data after the JSON object");
      }
      if (content == null) {
        throw new UploadRejectedException(Reason.CONTENT_NOT_OBJECT, "the body has no \"content\" object");
      }
      return content;
    } catch (JsonProcessingException e) {
      throw UploadRejectedException.invalidJson(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SubmitBody content(JsonParser p, JsonToken t) throws IOException, UploadRejectedException {
    if (t != JsonToken.START_OBJECT) {
      throw new UploadRejectedException(Reason.CONTENT_NOT_OBJECT,
          "\"content\" must be a JSON object (the measurement), got " + describe(t));
    }
    return new SubmitBody(ContentScan.scan(p));
  }


  private static void format(JsonParser p, JsonToken t) throws IOException, UploadRejectedException {
    String format = t == JsonToken.VALUE_STRING ? p.getText().toLowerCase(Locale.ROOT) : null;
    if (!"json".equals(format)) {
      p.skipChildren();
      throw new UploadRejectedException(Reason.UNSUPPORTED_FORMAT,
          "\"format\" must be \"json\" (yaml reports are not accepted), got " + (format == null ? describe(t) : "\"" + format + "\""));
    }
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }
}
