package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * http_invalid_request_line (ts-007), fastpath's rules: any difference between what was {@code
 * sent} and what the echo server {@code received} (pairwise) is blocking 1.0; nothing sent and
 * nothing received is accuracy 0. The probe's own {@code tampering} flag is ignored.
 */
final class InvalidRequestLineScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    Iterator<JsonNode> sent = JsonReads.elements(tk, "sent").iterator();
    Iterator<JsonNode> received = JsonReads.elements(tk, "received").iterator();
    if (!sent.hasNext() && !received.hasNext()) {
      return Score.failed("measurement/nothing_sent", VERSION);
    }
    while (sent.hasNext() && received.hasNext()) {
      if (!sent.next().equals(received.next())) {
        return Score.of(Blocking.general(1.0), "http/request_line_tampering", VERSION);
      }
    }
    return Score.ok(VERSION);
  }
}
