package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * browser_web (ts-036), fastpath's rules: {@code result} "ok" is accessible, "error" is blocking
 * 1.0, anything else accuracy 0; {@code extra} holds {@code browser_name} and {@code
 * load_time_ms}.
 */
final class BrowserWebScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    JsonNode result = JsonReads.get(tk, "result");
    String r = result != null && result.isTextual() ? result.textValue() : "";
    Score s;
    if (r.equals("ok")) {
      s = Score.ok(VERSION);
    } else if (r.equals("error")) {
      s = Score.of(Blocking.general(1.0), "browser/load_error", VERSION);
    } else {
      s = Score.failed("input/missing_result", VERSION);
    }
    JsonNode name = JsonReads.get(tk, "browser_name");
    JsonNode loadTime = JsonReads.get(tk, "load_time_ms");
    ObjectNode extra = JsonReads.newObject();
    extra.set("browser_name", name == null ? TextNode.valueOf("") : JsonReads.pyValue(name));
    extra.set("load_time_ms", loadTime == null ? IntNode.valueOf(0) : JsonReads.pyValue(loadTime));
    return s.withExtra(extra);
  }
}
