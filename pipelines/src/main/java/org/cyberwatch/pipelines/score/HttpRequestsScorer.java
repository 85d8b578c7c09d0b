package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cyberwatch.pipelines.score.fingerprint.Fingerprint;
import org.cyberwatch.pipelines.score.fingerprint.FingerprintMatcher;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * http_requests (ts-003, legacy), fastpath's rules: blocking 1.0 unless both {@code
 * body_length_match} and {@code headers_match} are true; bodies and headers of the requests not
 * made over Tor are matched against the fingerprints as for web_connectivity (a confirmed match
 * sets its locality and {@code confirmed}, without adding it to {@code blocking_general}).
 * Accuracy 0 when a control or experiment failure is recorded or either match is missing.
 */
final class HttpRequestsScorer implements Scorer {

  static final String VERSION = "1.0.0";

  private final ResponseFingerprints responses;
  private final String version;

  HttpRequestsScorer(FingerprintMatcher matcher, String fingerprintsDigest) {
    this.responses = new ResponseFingerprints(matcher);
    this.version = VERSION + "+fp." + fingerprintsDigest.substring(0, 12);
  }

  @Override
  public Score score(Measurement m) {
    JsonNode tk = JsonReads.object(m.json(), "test_keys");
    JsonNode bodyMatch = JsonReads.get(tk, "body_length_match");
    JsonNode headersMatch = JsonReads.get(tk, "headers_match");
    boolean failed = JsonReads.truthy(JsonReads.get(m.json(), "control_failure"))
        || JsonReads.truthy(JsonReads.get(m.json(), "experiment_failure"));
    if (failed || bodyMatch == null || headersMatch == null) {
      return Score.failed("measurement/failed", version);
    }
    double[] b = new double[5];
    boolean reachable = JsonReads.truthy(bodyMatch) && JsonReads.truthy(headersMatch);
    b[FingerprintVerdicts.GENERAL] = reachable ? 0.0 : 1.0;
    List<Fingerprint> matches = new ArrayList<>();
    for (JsonNode request : JsonReads.elements(tk, "requests")) {
      if (JsonReads.truthy(request.path("request").path("tor").path("is_tor"))) {
        continue;
      }
      try {
        responses.response(JsonReads.object(request, "response"), matches);
      } catch (IllegalArgumentException badBase64) {
        return Score.failed("input/invalid_base64", version);
      }
    }
    String cc = m.probeCc().toUpperCase(Locale.ROOT);
    Fingerprint confirmed = FingerprintVerdicts.applyConfirmed(cc, matches, b);
    String reason = confirmed != null ? FingerprintVerdicts.reason(confirmed)
        : reachable ? Score.OK : "http/diff";
    return Score.of(FingerprintVerdicts.blocking(b), reason, version)
        .withFingerprints(FingerprintVerdicts.hits(matches), confirmed != null);
  }
}
