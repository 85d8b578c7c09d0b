package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * stunreachability (ts-025), fastpath's rules: {@code extra.endpoint} always; a truthy {@code
 * failure} is blocking 1.0 and is copied to {@code extra.failure}.
 */
final class StunReachabilityScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    ObjectNode extra = JsonReads.newObject();
    extra.set("endpoint", JsonReads.pyValue(JsonReads.get(tk, "endpoint")));
    JsonNode failure = JsonReads.get(tk, "failure");
    if (!JsonReads.truthy(failure)) {
      return Score.ok(VERSION).withExtra(extra);
    }
    extra.set("failure", JsonReads.pyValue(failure));
    String f = failure.isTextual() ? failure.textValue() : null;
    return Score.of(Blocking.general(1.0), FailureCause.reason("stun", f), VERSION)
        .withExtra(extra);
  }
}
