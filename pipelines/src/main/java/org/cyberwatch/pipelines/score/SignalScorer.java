package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * signal (ts-029), fastpath's rules: {@code signal_backend_status} "blocked" is blocking 1.0 with
 * {@code analysis.signal_backend_failure}; "ok" is accessible; anything else accuracy 0. Accuracy
 * is also 0 when {@code failed_operation} or {@code failure} is truthy or missing, and for the
 * known-broken versions: test 0.2.4; test ≤ 0.2.3 from 2023-11-07; test &lt; 0.2.2 from
 * 2022-10-19; engine &lt; 3.17.2 from 2023-05-02; versions that do not parse.
 */
final class SignalScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    JsonNode tk = JsonReads.object(m.json(), "test_keys");
    boolean failed = !tk.has("failed_operation") || JsonReads.truthy(tk.get("failed_operation"))
        || !tk.has("failure") || JsonReads.truthy(tk.get("failure"));
    LocalDateTime start = m.measurementStartTime();
    if (start == null || isKnownBroken(m, start)) {
      return Score.failed("probe/known_bug", VERSION);
    }
    String status = JsonReads.text(tk, "signal_backend_status");
    Score s;
    if ("ok".equals(status)) {
      s = Score.ok(VERSION);
    } else if ("blocked".equals(status)) {
      String backendFailure = JsonReads.text(tk, "signal_backend_failure");
      ObjectNode analysis = JsonReads.newObject();
      analysis.set("signal_backend_failure",
          JsonReads.pyValue(JsonReads.get(tk, "signal_backend_failure")));
      s = Score.of(Blocking.general(1.0), FailureCause.reason("signal", backendFailure), VERSION)
          .withAnalysis(analysis);
    } else {
      return Score.failed("input/missing_backend_status", VERSION);
    }
    return failed ? s.withAccuracy(0.0).withReason("measurement/failed") : s;
  }

  private static boolean isKnownBroken(Measurement m, LocalDateTime start) {
    String tv = m.testVersion() == null ? "0.0.0" : m.testVersion();
    JsonNode engine = JsonReads.get(m.annotations(), "engine_version");
    try {
      Pep440Version test = Pep440Version.parse(tv);
      if (tv.equals("0.2.4")) {
        return true;
      }
      if (!test.isAfter("0.2.3") && !start.isBefore(LocalDateTime.of(2023, 11, 7, 0, 0))) {
        return true;
      }
      if (test.isBefore("0.2.2") && !start.isBefore(LocalDateTime.of(2022, 10, 19, 0, 0))) {
        return true;
      }
      if (engine != null && !engine.isTextual()) {
        return true;
      }
      Pep440Version ev = Pep440Version.parse(engine == null ? "0.0.0" : engine.textValue());
      return ev.isBefore("3.17.2") && !start.isBefore(LocalDateTime.of(2023, 5, 2, 0, 0));
    } catch (IllegalArgumentException notAVersion) {
      return true;
    }
  }
}
