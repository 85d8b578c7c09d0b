package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * openvpn, fastpath's rules: {@code success} false is blocking 1.0, missing or null is accuracy
 * 0; {@code extra.test_runtime} always.
 */
final class OpenVpnScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    JsonNode success = JsonReads.get(tk, "success");
    Score s;
    if (JsonReads.isFalse(success)) {
      s = Score.of(Blocking.general(1.0),
          FailureCause.reason("openvpn", JsonReads.text(tk, "failure")), VERSION);
    } else if (success == null) {
      s = Score.failed("input/missing_success", VERSION);
    } else {
      s = Score.ok(VERSION);
    }
    ObjectNode extra = JsonReads.newObject();
    extra.set("test_runtime", JsonReads.pyValue(m.json().get("test_runtime")));
    return s.withExtra(extra);
  }
}
