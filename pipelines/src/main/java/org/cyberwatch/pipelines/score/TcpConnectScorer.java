package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * tcp_connect, two formats under one test name.
 *
 * <p>OONI's legacy test (ts-008, {@code test_keys.connection}), fastpath's rules: "success" is
 * accessible; {@code generic_timeout_error}, {@code connection_refused_error}, {@code
 * connect_error} and {@code tcp_timed_out_error} are blocking 0.8; anything else 1.0.
 *
 * <p>cyberWatch's test ({@code test_keys.status} as in df-005): {@code success} true is
 * accessible; a refused, timed-out or host-unreachable connect is blocking 0.8 (the same weight
 * as OONI's), a reset (RST injection) or any other failure 1.0; {@code network_unreachable} (the
 * probe has no route, e.g. no IPv6) and {@code unknown_failure} are accuracy 0.
 */
final class TcpConnectScorer implements Scorer {

  static final String VERSION = "1.0.0";
  private static final Set<String> OONI_WEAK = Set.of("generic_timeout_error",
      "connection_refused_error", "connect_error", "tcp_timed_out_error");
  private static final Set<String> WEAK = Set.of("refused", "timeout", "host_unreachable");

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    JsonNode status = JsonReads.get(tk, "status");
    if (status != null && status.isObject()) {
      return cyberWatch(status);
    }
    if (m.input() == null || m.input().isEmpty()) {
      return Score.failed("input/missing_input", VERSION);
    }
    String connection = JsonReads.text(tk, "connection");
    if ("success".equals(connection)) {
      return Score.ok(VERSION);
    }
    double blocking = connection != null && OONI_WEAK.contains(connection) ? 0.8 : 1.0;
    return Score.of(Blocking.general(blocking), FailureCause.reason("tcp", connection), VERSION);
  }

  private static Score cyberWatch(JsonNode status) {
    if (JsonReads.isTrue(status.get("success"))) {
      return Score.ok(VERSION);
    }
    String failure = JsonReads.text(status, "failure");
    if (failure == null) {
      return Score.failed("input/missing_failure", VERSION);
    }
    String cause = FailureCause.of(failure);
    if (cause.equals("network_unreachable") || cause.equals("unknown")) {
      return Score.failed("tcp/" + cause, VERSION);
    }
    double blocking = WEAK.contains(cause) ? 0.8 : 1.0;
    return Score.of(Blocking.general(blocking), "tcp/" + cause, VERSION);
  }
}
