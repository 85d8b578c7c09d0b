package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * tunnel_telemetry (cyberWatch, Open Tunnel Telemetry reports): a reported {@code failure {op,
 * error}} is blocking 1.0 with reason {@code <op stage>/<error cause>} (e.g. {@code tcp.connect}
 * + {@code connection_refused} is {@code tcp/refused}); no failure is accessible. {@code extra}
 * holds the endpoint's {@code proto}, {@code endpoint_asn} and {@code endpoint_cc}.
 */
final class TunnelTelemetryScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    ObjectNode extra = JsonReads.newObject();
    for (String key : new String[] {"proto", "endpoint_asn", "endpoint_cc"}) {
      extra.set(key, JsonReads.pyValue(JsonReads.get(tk, key)));
    }
    JsonNode failure = JsonReads.get(tk, "failure");
    if (failure == null) {
      return Score.ok(VERSION).withExtra(extra);
    }
    String op = JsonReads.text(failure, "op");
    String stage = op == null || op.split("\\.", -1)[0].isBlank() ? "tunnel"
        : FailureCause.token(op.split("\\.", -1)[0]);
    String error = failure.isTextual() ? failure.textValue() : JsonReads.text(failure, "error");
    return Score.of(Blocking.general(1.0), stage + "/" + FailureCause.of(error), VERSION)
        .withExtra(extra);
  }
}
