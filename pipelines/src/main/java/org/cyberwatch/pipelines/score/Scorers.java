package org.cyberwatch.pipelines.score;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.cyberwatch.pipelines.score.fingerprint.FingerprintMatcher;
import org.cyberwatch.pipelines.score.fingerprint.Fingerprints;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * The registry of scorers: an immutable map from {@code test_name} to its {@link Scorer}. Every
 * scorer it hands out applies fastpath's wrong-date rule ({@link WrongDateRule}) after the test's
 * own rules; an unknown test name gets {@link Score#unsupported(String)}. Building a registry
 * indexes the fingerprints (do it once, e.g. in a DoFn's {@code @Setup}); scoring is pure and
 * thread-safe.
 */
public final class Scorers {

  private final Map<String, Scorer> byTestName;

  private Scorers(Map<String, Scorer> byTestName) {
    this.byTestName = byTestName;
  }

  /** The registry with the fingerprints bundled with the jar. */
  public static Scorers standard() {
    return withFingerprints(Fingerprints.shipped());
  }

  /** The registry matching web_connectivity and http_requests against {@code fingerprints}. */
  public static Scorers withFingerprints(Fingerprints fingerprints) {
    Map<String, Scorer> dated = new HashMap<>();
    rules(FingerprintMatcher.of(fingerprints), fingerprints.digest())
        .forEach((name, scorer) -> dated.put(name, withDateRule(scorer)));
    return new Scorers(Map.copyOf(dated));
  }

  private static Map<String, Scorer> rules(FingerprintMatcher matcher, String digest) {
    UnscoredScorer unscored = new UnscoredScorer();
    return Map.ofEntries(
        Map.entry("web_connectivity", new WebConnectivityScorer(matcher, digest)),
        Map.entry("http_requests", new HttpRequestsScorer(matcher, digest)),
        Map.entry("tor", new TorScorer()),
        Map.entry("vanilla_tor", new VanillaTorScorer()),
        Map.entry("torsf", new TorSnowflakeScorer()),
        Map.entry("stunreachability", new StunReachabilityScorer()),
        Map.entry("psiphon", new PsiphonScorer()),
        Map.entry("openvpn", new OpenVpnScorer()),
        Map.entry("riseupvpn", unscored),
        Map.entry("ndt", unscored),
        Map.entry("signal", new SignalScorer()),
        Map.entry("telegram", new TelegramScorer()),
        Map.entry("whatsapp", new WhatsappScorer()),
        Map.entry("facebook_messenger", new FacebookMessengerScorer()),
        Map.entry("http_header_field_manipulation", new HeaderFieldManipulationScorer()),
        Map.entry("http_invalid_request_line", new InvalidRequestLineScorer()),
        Map.entry("browser_web", new BrowserWebScorer()),
        Map.entry("dash", new DashScorer()),
        Map.entry("meek_fronted_requests_test", new MeekFrontedRequestsScorer()),
        Map.entry("dns_consistency", new DnsConsistencyScorer()),
        Map.entry("dnscheck", new DnsCheckScorer()),
        Map.entry("urlgetter", new UrlGetterScorer()),
        Map.entry("tcp_connect", new TcpConnectScorer()),
        Map.entry("traceroute", new TracerouteScorer()),
        Map.entry("ping", new PingScorer()),
        Map.entry("http_vs_https", new HttpVsHttpsScorer()),
        Map.entry("peer_http_reachable", new PeerHttpReachableScorer()),
        Map.entry("peer_locator", new PeerLocatorScorer()),
        Map.entry("udp_nat_detection", new UdpNatDetectionScorer()),
        Map.entry("tunnel_telemetry", new TunnelTelemetryScorer()));
  }

  /** The scorer of a test name; for an unknown name one that returns the unsupported score. */
  public Scorer forTestName(String testName) {
    Scorer s = byTestName.get(testName);
    return s != null ? s : withDateRule(m -> Score.unsupported(testName));
  }

  /** Scores {@code m} with the scorer of its test name. */
  public Score score(Measurement m) {
    return forTestName(m.testName()).score(m);
  }

  /** Test names with their own rules. */
  public Set<String> testNames() {
    return byTestName.keySet();
  }

  private static Scorer withDateRule(Scorer scorer) {
    return m -> WrongDateRule.apply(m, scorer.score(m));
  }
}
