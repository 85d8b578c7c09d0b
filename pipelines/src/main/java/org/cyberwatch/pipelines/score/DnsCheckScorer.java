package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * dnscheck (ts-028). fastpath has no rule for it and stores its unsupported dict (no blocking,
 * accuracy 0, so every dnscheck measurement is an msm_failure), and so does this scorer, for
 * parity. The reason records what the lookups show: a failed bootstrap ({@code dns/<cause>}),
 * every lookup failed ({@code dns/<cause of the first>}), some failed ({@code
 * dns/some_lookups_failed}) or none ({@code none/ok}).
 */
final class DnsCheckScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    String bootstrap = JsonReads.text(tk, "bootstrap_failure");
    if (bootstrap != null) {
      return Score.failed(FailureCause.reason("dns", bootstrap), VERSION);
    }
    int total = 0;
    String firstFailure = null;
    int failed = 0;
    JsonNode lookups = JsonReads.object(tk, "lookups");
    for (JsonNode lookup : lookups) {
      total++;
      String f = JsonReads.text(lookup, "failure");
      if (f != null) {
        failed++;
        firstFailure = firstFailure == null ? f : firstFailure;
      }
    }
    String reason = failed == 0 ? Score.OK
        : failed == total ? FailureCause.reason("dns", firstFailure) : "dns/some_lookups_failed";
    return Score.failed(reason, VERSION);
  }
}
