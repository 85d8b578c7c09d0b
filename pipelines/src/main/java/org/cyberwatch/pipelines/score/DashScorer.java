package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * dash (ts-021), fastpath's rules: no {@code failure} is fine; the known network failures (and
 * any {@code ssl_error}) are blocking 0.1 with accuracy 0; any other failure is accuracy 0 with
 * {@code msg} "Probe error"; empty test keys are accuracy 0.
 */
final class DashScorer implements Scorer {

  static final String VERSION = "1.0.0";
  private static final Set<String> NETWORK = Set.of("connection_aborted", "json_parse_error",
      "eof_error", "json_processing_error", "http_request_failed", "connect_error",
      "generic_timeout_error", "broken_pipe", "connection_refused");

  @Override
  public Score score(Measurement m) {
    JsonNode tk = JsonReads.object(m.json(), "test_keys");
    if (tk.isEmpty()) {
      return Score.failed("input/missing_test_keys", VERSION);
    }
    JsonNode failure = JsonReads.get(tk, "failure");
    if (failure == null) {
      return Score.ok(VERSION);
    }
    String f = failure.isTextual() ? failure.textValue() : failure.toString();
    if (NETWORK.contains(f) || f.contains("ssl_error")) {
      return Score.of(Blocking.general(0.1), FailureCause.reason("dash", f), VERSION)
          .withAccuracy(0.0);
    }
    return Score.failed("probe/error", VERSION).withMsg("Probe error");
  }
}
