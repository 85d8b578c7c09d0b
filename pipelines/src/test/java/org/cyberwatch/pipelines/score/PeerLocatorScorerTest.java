package org.cyberwatch.pipelines.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * peer_locator documents written by the probe agent (fixtures/peer_locator/README.md), scored
 * through the registry: the locator answering is ok, the locator not answering or answering
 * garbage is a failed measurement, and nothing is ever blocking.
 */
class PeerLocatorScorerTest {

  private static final Scorers SCORERS = Scorers.standard();

  private static ObjectNode fixture(String status) {
    return ScoreCase.readTree("/fixtures/peer_locator/peer_locator_" + status + ".json")
        .deepCopy();
  }

  private static String summary(Score s) {
    return s.reason() + " anomaly=" + s.anomaly() + " msm_failure=" + s.msmFailure() + " extra="
        + s.extra() + " version=" + s.scorerVersion();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "new_peer         | none/ok anomaly=false msm_failure=false extra={\"status\":\"new_peer\"}",
    "known_peer       | none/ok anomaly=false msm_failure=false extra={\"status\":\"known_peer\"}",
    "no_peer          | none/ok anomaly=false msm_failure=false extra={\"status\":\"no_peer\"}",
    "error            | locator/unknown anomaly=false msm_failure=true extra={\"status\":\"error\"}",
    "invalid_response | locator/invalid_response anomaly=false msm_failure=true "
        + "extra={\"status\":\"invalid_response\"}",
  })
  void agentDocumentScoresByTheLocatorsAnswer(String status, String expected) {
    Measurement m = ScoreCase.load("peer_locator/peer_locator_" + status + ".json");
    assertEquals(expected + " version=1.0.0", summary(SCORERS.score(m)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"generic_timeout_error, locator/timeout", "connection_refused, locator/refused",
      "connection_reset, locator/reset"})
  void unreachableLocatorNamesTheCauseAndIsNoBlocking(String failure, String reason) {
    ObjectNode doc = fixture("error");
    ((ObjectNode) doc.get("test_keys")).put("failure", failure);
    Score s = SCORERS.score(MeasurementCodec.fromJson(doc));
    assertEquals(reason + " 0.0 true", s.reason() + " " + s.blocking().general() + " "
        + s.msmFailure());
  }

  @Test
  void documentWithoutAKnownStatusIsAnInvalidInput() {
    ObjectNode doc = fixture("new_peer");
    ((ObjectNode) doc.get("test_keys")).remove("status");
    Score s = SCORERS.score(MeasurementCodec.fromJson(doc));
    assertEquals("input/invalid_status true", s.reason() + " " + s.msmFailure());
  }

  @Test
  void peerLocatorIsNoLongerUnsupported() {
    assertEquals(true, SCORERS.testNames().contains("peer_locator"));
  }
}
