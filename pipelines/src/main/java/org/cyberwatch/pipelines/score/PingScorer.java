package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * ping (cyberWatch): a performance measurement, never a blocking verdict ({@code blocking_*} stay
 * 0). {@code extra} holds {@code packets_sent}, {@code packets_received}, {@code loss} and RTT
 * statistics recomputed from {@code rtts}. Reason {@code none/ok}, {@code ping/partial_loss} or
 * {@code ping/total_loss}; a ping that could not run ({@code failure}) or sent nothing is
 * accuracy 0.
 */
final class PingScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    String failure = JsonReads.text(tk, "failure");
    if (failure != null) {
      return Score.failed(FailureCause.reason("ping", failure), VERSION);
    }
    long sent = tk.path("packets_sent").asLong();
    long received = Math.min(sent, tk.path("packets_received").asLong());
    if (sent <= 0) {
      return Score.failed("measurement/nothing_sent", VERSION);
    }
    double loss = PathStats.round(1.0 - (double) received / sent);
    ObjectNode extra = JsonReads.newObject();
    extra.set("packets_sent", JsonReads.integer(sent));
    extra.set("packets_received", JsonReads.integer(received));
    extra.put("loss", loss);
    List<Double> rtts = PathStats.rtts(tk.get("rtts"));
    PathStats.put(extra, rtts);
    String reason = received == 0 ? "ping/total_loss" : received < sent ? "ping/partial_loss"
        : Score.OK;
    return Score.ok(VERSION).withExtra(extra).withReason(reason);
  }
}
