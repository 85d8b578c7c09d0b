package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * peer_locator (cyberWatch): the probe announces its test server to the collector's peer locator
 * and gets back a fresh peer, or none. It measures no path to a peer (peer_http_reachable does),
 * so it is never blocking. The locator answering is ok, whether it handed out a peer ({@code
 * new_peer}, {@code known_peer}) or knew none ({@code no_peer}); the locator not answering ({@code
 * error}) is a failed measurement (accuracy 0, {@code locator/<cause>} of its {@code failure}),
 * and so is an answer that did not parse ({@code locator/invalid_response}) or a document without
 * a known {@code status} ({@code input/invalid_status}). {@code extra} holds the {@code status}.
 */
final class PeerLocatorScorer implements Scorer {

  static final String VERSION = "1.0.0";
  private static final Set<String> ANSWERED = Set.of("new_peer", "known_peer", "no_peer");

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    String status = JsonReads.text(tk, "status");
    Score s;
    if (status != null && ANSWERED.contains(status)) {
      s = Score.ok(VERSION);
    } else if ("error".equals(status)) {
      s = Score.failed(FailureCause.reason("locator", JsonReads.text(tk, "failure")), VERSION);
    } else if ("invalid_response".equals(status)) {
      s = Score.failed("locator/invalid_response", VERSION);
    } else {
      s = Score.failed("input/invalid_status", VERSION);
    }
    ObjectNode extra = JsonReads.newObject();
    extra.set("status", JsonReads.pyValue(JsonReads.get(tk, "status")));
    return s.withExtra(extra);
  }
}
