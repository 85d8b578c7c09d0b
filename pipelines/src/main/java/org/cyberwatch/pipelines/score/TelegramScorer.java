package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * telegram (ts-020), fastpath's rules: {@code blocking_general} adds the unreachable share of the
 * TCP endpoints (0.5 when none was tried), the failed share of the HTTP requests other than
 * web.telegram.org (0.5 when none), and 1 when {@code telegram_web_status} is "blocked". The
 * test-specific keys {@code web_failure, accessible_endpoints, unreachable_endpoints,
 * http_success_cnt, http_failure_cnt} are always written, {@code msg} when the web failed.
 * Accuracy 0 when a request has no URL.
 */
final class TelegramScorer implements Scorer {

  static final String VERSION = "1.0.0";
  private static final Set<String> WEB = Set.of("https://web.telegram.org/", "http://web.telegram.org/");

  @Override
  public Score score(Measurement m) {
    JsonNode tk = JsonReads.object(m.json(), "test_keys");
    boolean webBlocked = "blocked".equals(JsonReads.text(tk, "telegram_web_status"));
    TcpConnectCounts tcp = TcpConnectCounts.of(tk);
    Requests requests = Requests.of(tk);
    if (requests == null) {
      return Score.failed("input/invalid_requests", VERSION);
    }
    int httpOk = requests.ok();
    int httpFailed = requests.failed();
    JsonNode webFailure = requests.webFailure();
    int tcpTotal = tcp.accessible() + tcp.unreachable();
    double s = tcpTotal > 0 ? (double) tcp.unreachable() / tcpTotal : 0.5;
    s += httpOk + httpFailed > 0 ? (double) httpFailed / (httpOk + httpFailed) : 0.5;
    s += webBlocked ? 1 : 0;
    ObjectNode details = JsonReads.newObject();
    details.set("web_failure", JsonReads.pyValue(webFailure));
    details.put("accessible_endpoints", tcp.accessible());
    details.put("unreachable_endpoints", tcp.unreachable());
    details.put("http_success_cnt", httpOk);
    details.put("http_failure_cnt", httpFailed);
    Score score = Score.of(Blocking.general(s), reason(s, webBlocked, tcp, httpFailed), VERSION)
        .withDetails(details);
    return webFailure == null ? score : score.withMsg("failure: " + pyStr(webFailure));
  }

  /** Requests other than web.telegram.org that succeeded or failed; the web app's failure. */
  private record Requests(int ok, int failed, JsonNode webFailure) {

    /** The counts, or null when a request has no URL or no failure key (fastpath fails). */
    static Requests of(JsonNode tk) {
      int ok = 0;
      int failed = 0;
      JsonNode webFailure = null;
      for (JsonNode request : JsonReads.elements(tk, "requests")) {
        JsonNode url = request.path("request").path("url");
        if (url.isMissingNode() || !request.has("failure")) {
          return null;
        }
        JsonNode failure = request.get("failure");
        if (url.isTextual() && WEB.contains(url.textValue())) {
          webFailure = failure.isNull() ? webFailure : failure;
        } else if (failure.isNull()) {
          ok++;
        } else {
          failed++;
        }
      }
      return new Requests(ok, failed, webFailure);
    }
  }

  private static String reason(double s, boolean webBlocked, TcpConnectCounts tcp, int httpFailed) {
    if (s <= 0.5) {
      return Score.OK;
    }
    if (webBlocked) {
      return "http/web_blocked";
    }
    if (tcp.unreachable() > 0) {
      return "tcp/endpoints_unreachable";
    }
    return httpFailed > 0 ? "http/endpoints_failed" : "measurement/no_endpoints_tested";
  }

  private static String pyStr(JsonNode v) {
    return v.isTextual() ? v.textValue() : v.toString();
  }
}
