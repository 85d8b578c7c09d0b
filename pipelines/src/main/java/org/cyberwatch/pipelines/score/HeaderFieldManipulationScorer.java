package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap.SimpleEntry;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * http_header_field_manipulation (ts-006), fastpath's rules: the control's echo of the request
 * headers ({@code headers_dict} in the JSON body of the first response) must equal the headers
 * sent, ignoring {@code Connection: close}; a difference is blocking 1.1 with {@code msg} "N
 * unexpected header change". No body is blocking 1.0 ({@code total_tampering}); a body that is no
 * such JSON is blocking 1.0. Accuracy 0 without a first request or response.
 */
final class HeaderFieldManipulationScorer implements Scorer {

  static final String VERSION = "1.0.0";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map.Entry<String, String> CONNECTION_CLOSE =
      new SimpleEntry<>("Connection", "close");

  @Override
  public Score score(Measurement m) {
    JsonNode first = m.testKeys().path("requests").path(0);
    if (!first.isObject()) {
      return Score.failed("input/missing_requests", VERSION);
    }
    JsonNode response = first.has("response") ? first.get("response") : JsonReads.newObject();
    if (response.isNull() || !response.isObject()) {
      return Score.failed("input/missing_response", VERSION);
    }
    JsonNode body = JsonReads.get(response, "body");
    if (body == null) {
      ObjectNode details = JsonReads.newObject().put("total_tampering", true);
      return Score.of(Blocking.general(1.0), "http/empty_body", VERSION).withDetails(details)
          .withMsg("Empty body");
    }
    Set<Map.Entry<String, String>> echoed = echoedHeaders(body);
    if (echoed == null) {
      return Score.of(Blocking.general(1.0), "http/malformed_control", VERSION)
          .withMsg("Malformed ctrl_headers");
    }
    Set<Map.Entry<String, String>> sent = sentHeaders(first);
    echoed.remove(CONNECTION_CLOSE);
    sent.remove(CONNECTION_CLOSE);
    if (sent.equals(echoed)) {
      return Score.ok(VERSION);
    }
    Set<Map.Entry<String, String>> both = new HashSet<>(sent);
    both.retainAll(echoed);
    int changes = sent.size() + echoed.size() - 2 * both.size();
    return Score.of(Blocking.general(1.1), "http/header_manipulation", VERSION)
        .withMsg(changes + " unexpected header change");
  }

  /** (name, value) pairs of the request headers sent. */
  private static Set<Map.Entry<String, String>> sentHeaders(JsonNode request) {
    Set<Map.Entry<String, String>> sent = new HashSet<>();
    JsonReads.object(JsonReads.object(request, "request"), "headers").properties()
        .forEach(e -> sent.add(new SimpleEntry<>(e.getKey(), e.getValue().asText())));
    return sent;
  }

  /** (name, first value) pairs of {@code headers_dict}, or null when the body is no such JSON. */
  private static Set<Map.Entry<String, String>> echoedHeaders(JsonNode body) {
    if (!body.isTextual()) {
      return null;
    }
    JsonNode headers;
    try {
      headers = JSON.readTree(body.textValue()).get("headers_dict");
    } catch (JsonProcessingException e) {
      return null;
    }
    if (headers == null || !headers.isObject()) {
      return null;
    }
    Set<Map.Entry<String, String>> out = new HashSet<>();
    for (Map.Entry<String, JsonNode> e : headers.properties()) {
      JsonNode first = e.getValue().path(0);
      out.add(new SimpleEntry<>(e.getKey(), first.isTextual() ? first.textValue() : first.toString()));
    }
    return out;
  }
}
