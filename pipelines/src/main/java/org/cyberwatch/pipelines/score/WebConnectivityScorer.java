package org.cyberwatch.pipelines.score;

import static org.cyberwatch.pipelines.score.FingerprintVerdicts.COUNTRY;
import static org.cyberwatch.pipelines.score.FingerprintVerdicts.GENERAL;
import static org.cyberwatch.pipelines.score.FingerprintVerdicts.GLOBAL;
import static org.cyberwatch.pipelines.score.FingerprintVerdicts.ISP;
import static org.cyberwatch.pipelines.score.FingerprintVerdicts.LOCAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cyberwatch.pipelines.score.fingerprint.Fingerprint;
import org.cyberwatch.pipelines.score.fingerprint.FingerprintMatcher;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * web_connectivity (ts-017), fastpath's rules: blocking fingerprints are matched in DNS answers,
 * bodies and headers; a confirmed match sets its locality to 1.0 and {@code confirmed}; the
 * probe's {@code blocking} verdict ({@code tcp_ip}, {@code dns}, {@code http-diff}, {@code
 * http-failure}) sets {@code blocking_general} 1.0 and {@code analysis.blocking_type}; the
 * localities are then added to {@code blocking_general}. Accuracy 0 for: a non-boolean {@code
 * title_match}, {@code blocking} null without matches, an unknown {@code blocking} value, an
 * {@code unknown_failure}, {@code accessible} null without matches, a body that is not valid
 * base64. Web Connectivity 0.5+ (LTE) adds its {@code x_*_flags} to {@code analysis}.
 */
final class WebConnectivityScorer implements Scorer {

  static final String VERSION = "1.0.0";
  private static final Set<String> BLOCKING_TYPES = Set.of("tcp_ip", "dns", "http-diff",
      "http-failure");
  private static final List<String> LTE_FLAGS =
      List.of("x_blocking_flags", "x_dns_flags", "x_null_null_flags");
  private static final Pep440Version LTE = Pep440Version.parse("0.5");

  private final ResponseFingerprints responses;
  private final String version;

  /** With the fingerprints to match and their digest (part of the scorer version). */
  WebConnectivityScorer(FingerprintMatcher matcher, String fingerprintsDigest) {
    this.responses = new ResponseFingerprints(matcher);
    this.version = VERSION + "+fp." + fingerprintsDigest.substring(0, 12);
  }

  @Override
  public Score score(Measurement m) {
    List<Fingerprint> matches;
    try {
      matches = responses.webConnectivity(m.testKeys());
    } catch (IllegalArgumentException badBase64) {
      return evaluate(m, List.of()).withAccuracy(0.0).withReason("input/invalid_base64");
    }
    return evaluate(m, matches);
  }

  private Score evaluate(Measurement m, List<Fingerprint> matches) {
    JsonNode tk = JsonReads.object(m.json(), "test_keys");
    double[] b = new double[5];
    String cc = m.probeCc().toUpperCase(Locale.ROOT);
    Fingerprint confirmed = FingerprintVerdicts.applyConfirmed(cc, matches, b);
    Score s = Score.ok(version)
        .withFingerprints(FingerprintVerdicts.hits(matches), confirmed != null);
    JsonNode titleMatch = tk.get("title_match");
    if (titleMatch != null && !titleMatch.isNull() && !titleMatch.isBoolean()) {
      return s.withBlocking(FingerprintVerdicts.blocking(b)).withAccuracy(0.0)
          .withReason(confirmed != null ? FingerprintVerdicts.reason(confirmed)
              : "input/invalid_title_match");
    }
    ObjectNode analysis = lteFlags(m, tk);
    JsonNode verdict = JsonReads.get(tk, "blocking");
    String failure = null;
    if (isBlockingType(verdict)) {
      b[GENERAL] = 1.0;
      analysis = put(analysis, "blocking_type", verdict.textValue());
    } else if (verdict == null) {
      failure = matches.isEmpty() ? "measurement/no_verdict" : null;
    } else if (!JsonReads.equalsFalse(verdict)) {
      analysis = put(analysis, "msg", "Unsupported blocking type");
      failure = "input/unsupported_blocking";
    }
    b[GENERAL] += b[COUNTRY] + b[GLOBAL] + b[ISP] + b[LOCAL];
    failure = failure != null ? failure : laterFailure(tk, matches);
    s = s.withBlocking(FingerprintVerdicts.blocking(b)).withAnalysis(analysis);
    s = failure == null ? s : s.withAccuracy(0.0);
    return s.withReason(reason(confirmed, failure, verdict, tk));
  }

  /** The accuracy-0 checks after the probe's verdict: unknown_failure, accessible null. */
  private static String laterFailure(JsonNode tk, List<Fingerprint> matches) {
    if (JsonReads.anyUnknownFailure(tk)) {
      return "probe/unknown_failure";
    }
    JsonNode accessible = tk.get("accessible");
    boolean noVerdict = accessible != null && accessible.isNull() && matches.isEmpty();
    return noVerdict ? "measurement/no_verdict" : null;
  }

  /** Analysis of Web Connectivity LTE: its three flag words (absent or null as 0). */
  private static ObjectNode lteFlags(Measurement m, JsonNode tk) {
    try {
      if (m.testVersion() == null || Pep440Version.parse(m.testVersion()).compareTo(LTE) < 0) {
        return null;
      }
    } catch (IllegalArgumentException notAVersion) {
      return null;
    }
    ObjectNode flags = JsonReads.newObject();
    for (String key : LTE_FLAGS) {
      JsonNode v = JsonReads.get(tk, key);
      flags.set(key, v != null && v.isNumber() ? JsonReads.pyValue(v) : flags.numberNode(0));
    }
    return flags;
  }

  private static boolean isBlockingType(JsonNode verdict) {
    return verdict != null && verdict.isTextual() && BLOCKING_TYPES.contains(verdict.textValue());
  }

  private static ObjectNode put(ObjectNode analysis, String key, String value) {
    ObjectNode a = analysis == null ? JsonReads.newObject() : analysis;
    a.put(key, value);
    return a;
  }

  private static String reason(Fingerprint confirmed, String failure, JsonNode verdict,
      JsonNode tk) {
    if (confirmed != null) {
      return FingerprintVerdicts.reason(confirmed);
    }
    if (failure != null) {
      return failure;
    }
    if (!isBlockingType(verdict)) {
      return Score.OK;
    }
    switch (verdict.textValue()) {
      case "dns":
        return "dns/inconsistent";
      case "tcp_ip":
        return FailureCause.reason("tcp", firstTcpFailure(tk));
      case "http-failure":
        return FailureCause.reason("http", JsonReads.text(tk, "http_experiment_failure"));
      default:
        return JsonReads.isFalse(tk.get("body_length_match")) ? "http/body_mismatch" : "http/diff";
    }
  }

  private static String firstTcpFailure(JsonNode tk) {
    for (JsonNode c : JsonReads.elements(tk, "tcp_connect")) {
      String f = JsonReads.text(JsonReads.get(c, "status"), "failure");
      if (f != null) {
        return f;
      }
    }
    return "blocked";
  }
}
