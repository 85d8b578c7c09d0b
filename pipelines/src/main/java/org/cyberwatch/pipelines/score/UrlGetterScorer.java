package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * urlgetter (ts-027). fastpath has no rule for it and stores its unsupported dict (no blocking,
 * accuracy 0), and so does this scorer, for parity. The reason records the outcome: {@code
 * none/ok}, or the failure with the stage of {@code failed_operation} (resolve → dns, connect →
 * tcp, tls_handshake → tls, quic_handshake → quic, anything else http).
 */
final class UrlGetterScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    String failure = JsonReads.text(tk, "failure");
    if (failure == null) {
      return Score.failed(Score.OK, VERSION);
    }
    String operation = JsonReads.text(tk, "failed_operation");
    String stage = operation == null ? "http" : switch (operation) {
      case "resolve" -> "dns";
      case "connect" -> "tcp";
      case "tls_handshake" -> "tls";
      case "quic_handshake" -> "quic";
      default -> "http";
    };
    return Score.failed(stage + "/" + FailureCause.of(failure), VERSION);
  }
}
