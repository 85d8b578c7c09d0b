package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * tor (ts-023), fastpath's rules: over {@code targets}, a target with {@code failure} null
 * succeeded, {@code false} did not run, any other value failed; {@code blocking_general} is the
 * failed share of the targets that ran; {@code extra.test_runtime}. Accuracy 0 when targets are
 * missing, a list (early experiments), lack {@code failure}/{@code network_events}, or none ran.
 */
final class TorScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    JsonNode targets = JsonReads.get(m.testKeys(), "targets");
    if (!JsonReads.truthy(targets) || !targets.isObject()) {
      return Score.failed("input/missing_targets", VERSION);
    }
    int blocked = 0;
    int success = 0;
    for (JsonNode target : targets) {
      if (!JsonReads.has(target, "failure") || !JsonReads.has(target, "network_events")) {
        return Score.failed("input/invalid_targets", VERSION);
      }
      JsonNode failure = target.get("failure");
      if (failure.isNull()) {
        success++;
      } else if (failure.isTextual() && failure.textValue().isEmpty()) {
        return Score.failed("input/invalid_targets", VERSION);
      } else if (!JsonReads.isFalse(failure)) {
        blocked++;
      }
    }
    ObjectNode extra = JsonReads.newObject();
    extra.set("test_runtime", JsonReads.pyValue(m.json().get("test_runtime")));
    if (blocked + success == 0) {
      return Score.failed("measurement/no_target_ran", VERSION).withExtra(extra);
    }
    double share = (double) blocked / (blocked + success);
    String reason = blocked == 0 ? Score.OK
        : share > 0.5 ? "tor/targets_unreachable" : "tor/some_targets_unreachable";
    return Score.of(Blocking.general(share), reason, VERSION).withExtra(extra);
  }
}
