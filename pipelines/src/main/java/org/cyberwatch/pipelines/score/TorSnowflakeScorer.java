package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * torsf (ts-030), fastpath's rules: a truthy {@code failure} is blocking 1.0; otherwise {@code
 * extra} holds {@code bootstrap_time} and {@code test_runtime}. Accuracy 0 for ooniprobe-android
 * 3.8.3, whose torsf results are broken.
 */
final class TorSnowflakeScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    String name = m.softwareName() == null ? "unknown" : m.softwareName();
    if ("3.8.3".equals(m.softwareVersion()) && name.startsWith("ooniprobe-android")) {
      return Score.failed("probe/known_bug", VERSION);
    }
    JsonNode tk = m.testKeys();
    JsonNode failure = JsonReads.get(tk, "failure");
    if (JsonReads.truthy(failure)) {
      String f = failure.isTextual() ? failure.textValue() : null;
      return Score.of(Blocking.general(1.0), FailureCause.reason("tor", f), VERSION);
    }
    ObjectNode extra = JsonReads.newObject();
    extra.set("bootstrap_time", JsonReads.pyValue(JsonReads.get(tk, "bootstrap_time")));
    extra.set("test_runtime", JsonReads.pyValue(m.json().get("test_runtime")));
    return Score.ok(VERSION).withExtra(extra);
  }
}
