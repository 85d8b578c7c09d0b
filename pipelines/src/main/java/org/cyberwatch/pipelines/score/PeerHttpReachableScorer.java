package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * peer_http_reachable (cyberWatch): plain HTTP to another node found through the peer locator.
 * Success is accessible. A failure says little when the peer is behind NAT or its locator entry
 * was more than {@value #MAX_PEER_AGE_S} s old at the start of the measurement (the peer may be
 * gone): accuracy 0, {@code peer/behind_nat} or {@code peer/stale}. Otherwise a reset is blocking
 * 1.0, a timeout 0.6 (dropped packets; an anomaly), a refused connection 0.3 (more likely a
 * stopped peer than a block), any other failure 0.6.
 */
final class PeerHttpReachableScorer implements Scorer {

  static final String VERSION = "1.0.0";
  static final long MAX_PEER_AGE_S = 3600;

  @Override
  public Score score(Measurement m) {
    JsonNode tk = m.testKeys();
    if (JsonReads.isTrue(JsonReads.get(tk, "http_success"))) {
      return Score.ok(VERSION);
    }
    if (JsonReads.isTrue(JsonReads.get(tk, "peer_nat"))) {
      return Score.failed("peer/behind_nat", VERSION);
    }
    JsonNode peerTs = JsonReads.get(tk, "peer_ts");
    LocalDateTime start = m.measurementStartTime();
    if (peerTs == null || !peerTs.isNumber() || start == null
        || start.toEpochSecond(ZoneOffset.UTC) - peerTs.doubleValue() > MAX_PEER_AGE_S) {
      return Score.failed("peer/stale", VERSION);
    }
    String cause = FailureCause.of(JsonReads.text(tk, "failure"));
    double blocking = switch (cause) {
      case "reset" -> 1.0;
      case "refused" -> 0.3;
      default -> 0.6;
    };
    return Score.of(Blocking.general(blocking), "tcp/" + cause, VERSION);
  }
}
