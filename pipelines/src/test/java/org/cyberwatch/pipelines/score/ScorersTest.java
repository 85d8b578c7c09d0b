package org.cyberwatch.pipelines.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cyberwatch.pipelines.score.fingerprint.Fingerprint;
import org.cyberwatch.pipelines.score.fingerprint.Fingerprints;
import org.cyberwatch.pipelines.score.fingerprint.PatternType;
import org.cyberwatch.schemas.measurement.Measurement;
import org.junit.jupiter.api.Test;

/** The registry. */
class ScorersTest {

  private static final Scorers SCORERS = Scorers.standard();

  @Test
  void registryCoversOonisScorersAndCyberWatchTests() {
    assertTrue(SCORERS.testNames().containsAll(Set.of("web_connectivity", "tor", "vanilla_tor",
        "torsf", "stunreachability", "signal", "psiphon", "openvpn", "riseupvpn", "whatsapp",
        "telegram", "facebook_messenger", "browser_web", "urlgetter", "dnscheck", "ndt",
        "http_header_field_manipulation", "http_invalid_request_line", "dash", "http_requests",
        "meek_fronted_requests_test", "dns_consistency", "tcp_connect", "traceroute", "ping",
        "http_vs_https", "peer_http_reachable", "udp_nat_detection", "tunnel_telemetry")));
  }

  @Test
  void unknownTestNameGetsTheUnsupportedScore() {
    Measurement m = sample().withField("test_name", com.fasterxml.jackson.databind.node.TextNode
        .valueOf("quic_ping"));
    assertEquals(Score.unsupported("quic_ping"), SCORERS.score(m));
  }

  @Test
  void webConnectivityVersionNamesTheFingerprints() {
    Fingerprints one = Fingerprints.of(List.of(new Fingerprint("a", "nat", "", "body",
        PatternType.CONTAINS, "x", 5, List.of(), "", "", "")));
    String version = Scorers.withFingerprints(one).score(sample()).scorerVersion();
    assertEquals(WebConnectivityScorer.VERSION + "+fp." + one.digest().substring(0, 12), version);
  }

  @Test
  void scoringIsRepeatable() {
    Measurement m = sample();
    assertEquals(ScoreJson.write(SCORERS.score(m)), ScoreJson.write(Scorers.standard().score(m)));
  }

  private static Measurement sample() {
    return ScoreCase.table("corpus_scores.json").get(0).measurement();
  }
}
