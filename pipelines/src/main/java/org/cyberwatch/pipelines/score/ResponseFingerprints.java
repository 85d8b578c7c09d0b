package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cyberwatch.pipelines.score.fingerprint.Fingerprint;
import org.cyberwatch.pipelines.score.fingerprint.FingerprintMatcher;

/**
 * Walks OONI test keys the way fastpath's {@code match_fingerprints} does and collects matching
 * fingerprints in its order: every answer of every query (DNS), then for every request with a
 * response its body, then its headers. A fingerprint matching in two places is listed twice.
 */
final class ResponseFingerprints {

  private final FingerprintMatcher matcher;

  ResponseFingerprints(FingerprintMatcher matcher) {
    this.matcher = matcher;
  }

  /**
   * Matches of web_connectivity test keys.
   *
   * @throws IllegalArgumentException when a base64 body cannot be decoded (fastpath then drops
   *     all matches and sets accuracy 0)
   */
  List<Fingerprint> webConnectivity(JsonNode testKeys) {
    List<Fingerprint> out = new ArrayList<>();
    for (JsonNode query : JsonReads.elements(testKeys, "queries")) {
      for (JsonNode answer : JsonReads.elements(query, "answers")) {
        String address = answerValue(answer);
        if (address != null) {
          out.addAll(matcher.matchDnsAnswer(address));
        }
      }
    }
    for (JsonNode request : JsonReads.elements(testKeys, "requests")) {
      JsonNode response = JsonReads.get(request, "response");
      if (response != null) {
        response(response, out);
      }
    }
    return out;
  }

  /** Body then header matches of one response object. */
  void response(JsonNode response, List<Fingerprint> out) {
    JsonNode body = JsonReads.get(response, "body");
    if (body != null && body.isTextual()) {
      out.addAll(matcher.matchBody(body.textValue()));
    } else if (body != null && body.isObject()) {
      String data = JsonReads.text(body, "data");
      if (data != null && "base64".equals(JsonReads.text(body, "format"))) {
        out.addAll(matcher.matchBody(LenientBase64.decode(data)));
      }
    }
    Map<String, String> headers = headers(JsonReads.get(response, "headers"));
    if (!headers.isEmpty()) {
      out.addAll(matcher.matchHeaders(headers));
    }
  }

  /** fastpath: {@code ipv4}, else {@code hostname}, else {@code ipv6} (key presence decides). */
  private static String answerValue(JsonNode answer) {
    for (String key : new String[] {"ipv4", "hostname", "ipv6"}) {
      if (JsonReads.has(answer, key)) {
        return JsonReads.text(answer, key);
      }
    }
    return null;
  }

  /** Header names lower-cased (a later duplicate wins); base64 values decoded as ISO-8859-1. */
  private static Map<String, String> headers(JsonNode headers) {
    Map<String, String> out = new LinkedHashMap<>();
    if (headers == null || !headers.isObject()) {
      return out;
    }
    headers.properties().forEach(e -> {
      JsonNode v = e.getValue();
      String value = null;
      if (v.isTextual()) {
        value = v.textValue();
      } else if (v.isObject() && "base64".equals(JsonReads.text(v, "format"))) {
        String data = JsonReads.text(v, "data");
        value = new String(LenientBase64.decode(data == null ? "" : data),
            StandardCharsets.ISO_8859_1);
      }
      out.put(e.getKey().toLowerCase(Locale.ROOT), value);
    });
    return out;
  }
}
