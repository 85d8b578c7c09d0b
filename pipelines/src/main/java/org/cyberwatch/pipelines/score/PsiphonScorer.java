package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * psiphon (ts-015), fastpath's rules: {@code failure} null with a bootstrap time is accessible
 * (accuracy 1.0); any {@code failure} is blocking 1.0 (accuracy 1.0); {@code failure} null with
 * {@code bootstrap_time} 0 or missing, or no {@code resolver_ip} in the envelope, is accuracy 0;
 * {@code extra} holds {@code test_runtime} and {@code bootstrap_time}.
 */
final class PsiphonScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    JsonNode tk = JsonReads.object(m.json(), "test_keys");
    JsonNode failure = JsonReads.get(tk, "failure");
    JsonNode bootstrap = tk.has("bootstrap_time") ? tk.get("bootstrap_time") : IntNode.valueOf(0);
    Score s;
    if (failure == null) {
      boolean zero = JsonReads.equalsFalse(bootstrap);
      s = zero ? Score.failed("input/missing_bootstrap_time", VERSION)
          : Score.ok(VERSION).withAccuracy(1.0);
    } else {
      String f = failure.isTextual() ? failure.textValue() : null;
      s = Score.of(Blocking.general(1.0), FailureCause.reason("psiphon", f), VERSION)
          .withAccuracy(1.0);
    }
    if (!m.json().has("resolver_ip")) {
      s = s.withAccuracy(0.0).withReason("input/missing_resolver_ip");
    }
    ObjectNode extra = JsonReads.newObject();
    extra.set("test_runtime", JsonReads.pyValue(m.json().get("test_runtime")));
    extra.set("bootstrap_time", JsonReads.pyValue(bootstrap));
    return s.withExtra(extra);
  }
}
