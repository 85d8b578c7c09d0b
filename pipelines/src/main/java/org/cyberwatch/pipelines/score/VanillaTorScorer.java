package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * vanilla_tor (ts-016), fastpath's rules: no blocking when the Tor log has a "Bootstrapped 100%"
 * done line or {@code tor_progress} is 100; otherwise {@code blocking_general = 1 - 0.004 *
 * progress} (a bootstrap stuck at 80% gives 0.68). Accuracy 0 without {@code tor_logs}/{@code
 * tor_log}, or (where fastpath fails) with a {@code tor_progress} that is not a number.
 */
final class VanillaTorScorer implements Scorer {

  static final String VERSION = "1.0.0";
  private static final String[] DONE = {"Bootstrapped 100%: Done", "Bootstrapped 100% (done): Done"};

  @Override
  public Score score(Measurement m) {
    JsonNode tk = JsonReads.object(m.json(), "test_keys");
    JsonNode logs = JsonReads.truthy(tk.get("tor_logs")) ? tk.get("tor_logs")
        : JsonReads.get(tk, "tor_log");
    if (logs == null) {
      return Score.failed("input/missing_tor_logs", VERSION);
    }
    if (containsDone(logs)) {
      return Score.ok(VERSION);
    }
    Double progress = progress(tk);
    if (progress == null) {
      return Score.failed("input/invalid_tor_progress", VERSION);
    }
    double p = progress.isNaN() ? 0 : Math.min(100, Math.max(0, progress));
    if (p == 100) {
      return Score.ok(VERSION);
    }
    return Score.of(Blocking.general(1.0 - p * 0.004), "tor/bootstrap_incomplete", VERSION);
  }

  /** Python's {@code in}: substring of a string, element of a list, key of an object. */
  private static boolean containsDone(JsonNode logs) {
    for (String done : DONE) {
      if (logs.isTextual() && logs.textValue().contains(done)) {
        return true;
      }
      if (logs.isArray()) {
        for (JsonNode line : logs) {
          if (line.isTextual() && line.textValue().equals(done)) {
            return true;
          }
        }
      }
      if (logs.isObject() && logs.has(done)) {
        return true;
      }
    }
    return false;
  }

  /** {@code float(tk.get("tor_progress", 0))}; null where Python would raise. */
  private static Double progress(JsonNode tk) {
    if (!tk.has("tor_progress")) {
      return 0.0;
    }
    JsonNode v = tk.get("tor_progress");
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? 1.0 : 0.0;
    }
    if (v.isTextual()) {
      try {
        return Double.parseDouble(v.textValue().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
