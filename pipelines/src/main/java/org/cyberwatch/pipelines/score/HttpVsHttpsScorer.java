package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * http_vs_https (cyberWatch): the same resource over HTTP and HTTPS. HTTP works and HTTPS fails:
 * blocking 1.0, reason {@code https/<cause>} ({@code tls/<cause>} for TLS errors). Both work but
 * HTTPS takes more than {@value #SLOW_RATIO} times as long <em>and</em> more than {@value
 * #MIN_SLOWDOWN_S} s longer: blocking 0.8, {@code https/throttled}. TLS adds one or two round trips
 * and its handshake, not a factor of four on a real path; on a sub-millisecond link, though, the
 * handshake alone (tens of milliseconds; some hundreds for the first handshake of a probe's JVM)
 * is many times the HTTP time, so the ratio is only trusted when HTTPS also lost more time than any
 * handshake costs (both bounds exclusive). HTTPS works and HTTP fails: blocking
 * 0.8, {@code http/<cause>} (plain-HTTP filtering). Both fail: accuracy 0 (the host may be
 * down). {@code extra} holds both times and their ratio (recomputed, 3 decimals).
 */
final class HttpVsHttpsScorer implements Scorer {

  static final String VERSION = "1.1.0";
  static final double SLOW_RATIO = 4.0;
  static final double MIN_SLOWDOWN_S = 0.5;

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    boolean http = JsonReads.isTrue(JsonReads.get(tk, "http_success"));
    boolean https = JsonReads.isTrue(JsonReads.get(tk, "https_success"));
    JsonNode httpTime = JsonReads.get(tk, "http_response_time");
    JsonNode httpsTime = JsonReads.get(tk, "https_response_time");
    Double ratio = http && https && isPositive(httpTime) && isNumber(httpsTime)
        ? PathStats.round(httpsTime.doubleValue() / httpTime.doubleValue()) : null;
    ObjectNode extra = JsonReads.newObject();
    extra.set("http_response_time", JsonReads.pyValue(httpTime));
    extra.set("https_response_time", JsonReads.pyValue(httpsTime));
    if (ratio == null) {
      extra.putNull("ratio");
    } else {
      extra.put("ratio", ratio.doubleValue());
    }
    Score s;
    if (http && !https) {
      s = Score.of(Blocking.general(1.0), failureReason(tk, "https"), VERSION);
    } else if (!http && https) {
      s = Score.of(Blocking.general(0.8), failureReason(tk, "http"), VERSION);
    } else if (!http) {
      s = Score.failed("measurement/both_failed", VERSION);
    } else if (ratio != null && ratio > SLOW_RATIO
        && httpsTime.doubleValue() - httpTime.doubleValue() > MIN_SLOWDOWN_S) {
      s = Score.of(Blocking.general(0.8), "https/throttled", VERSION);
    } else {
      s = Score.ok(VERSION);
    }
    return s.withExtra(extra);
  }

  private static String failureReason(JsonNode tk, String scheme) {
    return FailureCause.reason(scheme, JsonReads.text(JsonReads.get(tk, scheme), "failure"));
  }

  private static boolean isNumber(JsonNode v) {
    return v != null && v.isNumber() && Double.isFinite(v.doubleValue()) && v.doubleValue() >= 0;
  }

  private static boolean isPositive(JsonNode v) {
    return isNumber(v) && v.doubleValue() > 0;
  }
}
