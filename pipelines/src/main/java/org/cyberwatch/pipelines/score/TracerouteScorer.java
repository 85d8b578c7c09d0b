package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeSet;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * traceroute (cyberWatch): a path measurement, never a blocking verdict ({@code blocking_*} stay
 * 0). {@code extra} holds the path's completeness ({@code stop_reason}, {@code complete}: scamper
 * stopped with COMPLETED and the destination answered), {@code hop_count}, the TTLs that answered
 * ({@code responding_hops}) and those that stayed silent ({@code silent_hops}), the overall probe
 * {@code loss} and RTT statistics of the last answering hop (the destination when complete).
 * Reason {@code none/ok} for a complete path, {@code path/incomplete_<stop reason>} otherwise; a
 * traceroute that could not run ({@code failure}) is accuracy 0.
 */
final class TracerouteScorer implements Scorer {

  static final String VERSION = "1.0.0";

  /** What the hops add up to. */
  private record Hops(int answered, int silent, long sent, long replies, JsonNode last,
      boolean reachedDst) {}

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    String failure = JsonReads.text(tk, "failure");
    if (failure != null) {
      return Score.failed(FailureCause.reason("traceroute", failure), VERSION);
    }
    String stop = JsonReads.text(tk, "stop_reason");
    Hops hops = hops(tk);
    boolean complete = "COMPLETED".equals(stop) && hops.reachedDst();
    ObjectNode extra = JsonReads.newObject();
    extra.put("stop_reason", stop);
    extra.put("complete", complete);
    extra.put("hop_count", tk.path("hop_count").asInt());
    extra.put("responding_hops", hops.answered());
    extra.put("silent_hops", hops.silent());
    double loss = hops.sent() == 0 ? 1.0 : 1.0 - (double) hops.replies() / hops.sent();
    extra.put("loss", PathStats.round(loss));
    PathStats.put(extra, PathStats.rtts(hops.last() == null ? null : hops.last().get("rtts")));
    String reason = complete ? Score.OK
        : "path/incomplete_" + (stop == null ? "unknown" : FailureCause.token(stop));
    return Score.ok(VERSION).withExtra(extra).withReason(reason);
  }

  private static Hops hops(JsonNode tk) {
    String dst = JsonReads.text(tk, "dst");
    TreeSet<Integer> answered = new TreeSet<>();
    TreeSet<Integer> probed = new TreeSet<>();
    long sent = 0;
    long replies = 0;
    JsonNode last = null;
    boolean reached = false;
    for (JsonNode hop : JsonReads.elements(tk, "hops")) {
      probed.add(hop.path("ttl").asInt());
      sent += hop.path("probes_sent").asLong();
      replies += hop.path("replies").asLong();
      String addr = JsonReads.text(hop, "addr");
      if (addr != null) {
        answered.add(hop.path("ttl").asInt());
        last = hop;
        reached |= addr.equals(dst);
      }
    }
    probed.removeAll(answered);
    return new Hops(answered.size(), probed.size(), sent, replies, last, reached);
  }
}
