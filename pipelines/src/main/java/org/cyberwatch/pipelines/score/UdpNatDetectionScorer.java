package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * udp_nat_detection (cyberWatch): characterises the NAT (RFC 4787), so most results are no
 * verdict on blocking; {@code extra} holds {@code nat_type} and its {@code mapping} and {@code
 * filtering} parts. The exception is UDP to the collector's helpers getting no valid answer: no
 * answer from any main remote is blocking 0.6 ({@code udp/no_reply}), answers from only some of
 * them ({@code map:uncertain}) 0.3 ({@code udp/partial_reply}). A test that could not run
 * ({@code failure}) or has no valid {@code nat_type} is accuracy 0.
 */
final class UdpNatDetectionScorer implements Scorer {

  static final String VERSION = "1.0.0";
  private static final Pattern NAT_TYPE = Pattern.compile(
      "map:(none|endpoint-indep|addr-or-port-dep|uncertain) "
          + "filter:(endpoint-indep|port-indep|probable|ignored)");

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    String failure = JsonReads.text(tk, "failure");
    if (failure != null) {
      return Score.failed(FailureCause.reason("udp", failure), VERSION);
    }
    String natType = JsonReads.text(tk, "nat_type");
    Matcher nat = natType == null ? null : NAT_TYPE.matcher(natType);
    if (nat == null || !nat.matches()) {
      return Score.failed("input/invalid_nat_type", VERSION);
    }
    ObjectNode extra = JsonReads.newObject();
    extra.put("nat_type", natType);
    extra.put("mapping", nat.group(1));
    extra.put("filtering", nat.group(2));
    int answered = 0;
    for (JsonNode d : JsonReads.elements(tk, "data_received")) {
      answered += "valid".equals(JsonReads.text(d, "probe_decision")) ? 1 : 0;
    }
    Score s;
    if (answered == 0) {
      s = Score.of(Blocking.general(0.6), "udp/no_reply", VERSION);
    } else if (nat.group(1).equals("uncertain")) {
      s = Score.of(Blocking.general(0.3), "udp/partial_reply", VERSION);
    } else {
      s = Score.ok(VERSION);
    }
    return s.withExtra(extra);
  }
}
