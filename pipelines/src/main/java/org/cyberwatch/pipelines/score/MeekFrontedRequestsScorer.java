package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * meek_fronted_requests_test (ts-014, legacy), fastpath's rules: no requests is blocking 1.0 with
 * accuracy 0; a request without response or with a status other than 200 is blocking 1.0; each
 * response whose {@code Server} header does not start with "ECAcc " adds 0.5. (fastpath writes
 * that accuracy as the integer 0; it is written as 0.0 here.)
 */
final class MeekFrontedRequestsScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    if (!JsonReads.truthy(JsonReads.get(tk, "requests"))) {
      return Score.of(Blocking.general(1.0), "measurement/no_requests", VERSION).withAccuracy(0.0);
    }
    double blocking = 0.0;
    for (JsonNode request : JsonReads.elements(tk, "requests")) {
      JsonNode response = request.has("response") ? request.get("response") : JsonReads.newObject();
      if (response.isNull()) {
        return Score.of(Blocking.general(1.0), "meek/no_response", VERSION);
      }
      JsonNode code = response.get("code");
      if (code == null || !code.isNumber() || code.doubleValue() != 200) {
        return Score.of(Blocking.general(1.0), "meek/bad_status", VERSION);
      }
      if (!server(response.get("headers")).startsWith("ECAcc ")) {
        blocking += 0.5;
      }
    }
    String reason = blocking > 0.5 ? "meek/unexpected_server" : Score.OK;
    return Score.of(Blocking.general(blocking), reason, VERSION);
  }

  /** The Server header from a headers object, or from a list of [name, [value, ...]] pairs. */
  private static String server(JsonNode headers) {
    JsonNode value = null;
    if (headers != null && headers.isObject()) {
      value = headers.get("Server");
    } else if (headers != null && headers.isArray()) {
      for (JsonNode pair : headers) {
        if (pair.path(0).asText().equals("Server")) {
          value = pair.path(1).path(0);
        }
      }
    }
    return value != null && value.isTextual() ? value.textValue() : "";
  }
}
