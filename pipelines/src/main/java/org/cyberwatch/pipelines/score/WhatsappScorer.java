package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * whatsapp (ts-018), fastpath's rules: the request to https://web.whatsapp.com/ and the one to
 * https://v.whatsapp.net/v2/register must both succeed, else blocking 1.0; then at least one TCP
 * endpoint must be accessible (none tried is accuracy 0, all unreachable blocking 1.0); {@code
 * analysis} reports the three verdicts. Accuracy 0 without requests, when one of the two requests
 * is missing, on an {@code unknown_failure}, or on the probe's "'ascii' codec" bug.
 */
final class WhatsappScorer implements Scorer {

  static final String VERSION = "1.0.0";
  private static final String WEB = "https://web.whatsapp.com/";
  private static final String REGISTRATION = "https://v.whatsapp.net/v2/register";

  @Override
  public Score score(Measurement m) {
    JsonNode tk = JsonReads.object(m.json(), "test_keys");
    String webFailure = JsonReads.text(tk, "whatsapp_web_failure");
    if (webFailure != null && webFailure.contains("unknown_failure 'ascii' co")) {
      return Score.failed("probe/known_bug", VERSION);
    }
    Boolean web = accessible(tk, WEB);
    Boolean registration = accessible(tk, REGISTRATION);
    if (!JsonReads.truthy(tk.get("requests")) || web == null || registration == null) {
      return Score.failed("input/missing_requests", VERSION);
    }
    boolean unknownFailure = JsonReads.anyUnknownFailure(tk);
    Score s = unknownFailure ? Score.failed("probe/unknown_failure", VERSION) : Score.ok(VERSION);
    if (!web || !registration) {
      String reason = !web ? "http/web_unreachable" : "http/registration_unreachable";
      return s.withBlocking(Blocking.general(1.0)).withReason(unknownFailure ? s.reason() : reason);
    }
    TcpConnectCounts tcp = TcpConnectCounts.of(tk);
    if (tcp.accessible() + tcp.unreachable() == 0) {
      s = s.withAccuracy(0.0).withReason(unknownFailure ? s.reason() : "measurement/no_endpoints");
    } else if (tcp.accessible() == 0) {
      s = s.withBlocking(Blocking.general(1.0))
          .withReason(unknownFailure ? s.reason() : "tcp/endpoints_unreachable");
    }
    ObjectNode analysis = JsonReads.newObject();
    analysis.put("registration_server_accessible", registration);
    analysis.put("whatsapp_web_accessible", web);
    analysis.put("whatsapp_endpoints_accessible", tcp.accessible() > 0);
    return s.withAnalysis(analysis);
  }

  /**
   * Whether the last request to {@code url} succeeded, null when there is none. fastpath: the web
   * app counts as accessible when {@code failure} is null, "" or false (absent is not); the
   * registration server when {@code failure} is absent or null.
   */
  private static Boolean accessible(JsonNode tk, String url) {
    Boolean result = null;
    for (JsonNode request : JsonReads.elements(tk, "requests")) {
      if (!url.equals(JsonReads.text(JsonReads.get(request, "request"), "url"))) {
        continue;
      }
      JsonNode f = request.has("failure") ? request.get("failure") : null;
      result = url.equals(REGISTRATION) ? JsonReads.get(request, "failure") == null
          : f != null && (f.isNull() || JsonReads.equalsFalse(f)
              || (f.isTextual() && f.textValue().isEmpty()));
    }
    return result;
  }
}
