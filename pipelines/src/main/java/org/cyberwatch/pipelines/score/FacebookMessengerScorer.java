package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * facebook_messenger (ts-019), fastpath's rules: each {@code facebook_*_dns_consistent} or {@code
 * facebook_*_reachable} key that is false, and each of {@code facebook_tcp_blocking} and {@code
 * facebook_dns_blocking} that is true, adds 0.5 to {@code blocking_general} and is copied into the
 * scores as a test-specific key. fastpath's workaround applies first: when the DNS and
 * reachability keys it lists (and, oddly, {@code facebook_dns_blocking}) are all true and {@code
 * facebook_tcp_blocking} is false, the score is 0.
 */
final class FacebookMessengerScorer implements Scorer {

  static final String VERSION = "1.0.0";
  private static final List<String> CONSISTENCY_KEYS = List.of(
      "facebook_b_api_dns_consistent", "facebook_b_api_reachable",
      "facebook_b_graph_dns_consistent", "facebook_b_graph_reachable",
      "facebook_edge_dns_consistent", "facebook_edge_reachable",
      "facebook_external_cdn_dns_consistent", "facebook_external_cdn_reachable",
      "facebook_scontent_cdn_dns_consistent", "facebook_scontent_cdn_reachable",
      "facebook_star_dns_consistent", "facebook_star_reachable", "facebook_stun_dns_consistent");
  private static final List<String> ANOMALY_KEYS =
      List.of("facebook_tcp_blocking", "facebook_dns_blocking");
  private static final List<String> WORKAROUND_TRUE_KEYS = List.of(
      "facebook_b_api_dns_consistent", "facebook_b_api_reachable",
      "facebook_b_graph_dns_consistent", "facebook_b_graph_reachable", "facebook_dns_blocking",
      "facebook_edge_dns_consistent", "facebook_edge_reachable", "facebook_star_dns_consistent",
      "facebook_star_reachable", "facebook_stun_dns_consistent");

  @Override
  public Score score(Measurement m) {
    JsonNode tk = JsonReads.object(m.json(), "test_keys");
    boolean workaround = WORKAROUND_TRUE_KEYS.stream().allMatch(k -> JsonReads.isTrue(tk.get(k)))
        && JsonReads.isFalse(tk.get("facebook_tcp_blocking"));
    if (workaround) {
      return Score.ok(VERSION);
    }
    double score = 0.0;
    ObjectNode details = JsonReads.newObject();
    for (String key : CONSISTENCY_KEYS) {
      if (JsonReads.isFalse(tk.get(key))) {
        score += 0.5;
        details.put(key, false);
      }
    }
    for (String key : ANOMALY_KEYS) {
      if (JsonReads.isTrue(tk.get(key))) {
        score += 0.5;
        details.put(key, true);
      }
    }
    return Score.of(Blocking.general(score), reason(score, details), VERSION).withDetails(details);
  }

  private static String reason(double score, ObjectNode details) {
    if (score <= 0.5) {
      return Score.OK;
    }
    if (details.has("facebook_dns_blocking")) {
      return "dns/inconsistent";
    }
    return details.has("facebook_tcp_blocking") ? "tcp/blocked" : "facebook/unreachable";
  }
}
