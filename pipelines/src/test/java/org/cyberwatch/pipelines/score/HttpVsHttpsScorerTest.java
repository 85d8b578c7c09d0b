package org.cyberwatch.pipelines.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The throttling rule of {@link HttpVsHttpsScorer} at its two bounds, on the http_vs_https example
 * with only the two response times changed: HTTPS must be more than 4 times as slow <em>and</em>
 * more than 0.5 s slower (both exclusive).
 */
class HttpVsHttpsScorerTest {

  @ParameterizedTest(name = "http {0} s, https {1} s: {2}")
  @CsvSource({
    // sub-millisecond lab link: the TLS handshake is 6x the HTTP time but only 5 ms (the demo run)
    "0.0008, 0.0048, none/ok",
    // a cold JVM's first handshake on loopback: 10x, 0.3 s
    "0.034, 0.34, none/ok",
    // slower by exactly the floor, 5x: not throttled
    "0.125, 0.625, none/ok",
    // just past the floor, 5x: throttled
    "0.125, 0.626, https/throttled",
    // exactly 4x, 0.75 s slower: not throttled
    "0.25, 1.0, none/ok",
    // just past 4x, 0.751 s slower: throttled
    "0.25, 1.001, https/throttled",
    // far slower but only 2x (a long path): not throttled
    "2.0, 4.0, none/ok",
    // the example's own times, HTTPS slowed to 2.5 s
    "0.229871, 2.5, https/throttled",
  })
  void httpsIsThrottledOnlyWhenSlowerByRatioAndByTheAbsoluteFloor(double http, double https,
      String reason) {
    ObjectNode doc = ScoreCase.readTree("/fixtures/http_vs_https/http_vs_https.json").deepCopy();
    ((ObjectNode) doc.get("test_keys")).put("http_response_time", http)
        .put("https_response_time", https);
    Score s = Scorers.standard().score(MeasurementCodec.fromJson(doc));
    assertEquals(reason + " " + (reason.equals("none/ok") ? 0.0 : 0.8) + " 1.1.0",
        s.reason() + " " + s.blocking().general() + " " + s.scorerVersion());
  }
}
