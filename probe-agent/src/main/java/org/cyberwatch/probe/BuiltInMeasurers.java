package org.cyberwatch.probe;

import java.net.http.HttpClient;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.cyberwatch.probe.config.AgentConfig;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.Measurer;
import org.cyberwatch.probe.measure.http.HttpFetcher;
import org.cyberwatch.probe.measure.http.HttpVsHttpsMeasurer;
import org.cyberwatch.probe.measure.nat.NatDetectionSettings;
import org.cyberwatch.probe.measure.nat.UdpNatDetectionMeasurer;
import org.cyberwatch.probe.measure.path.PingMeasurer;
import org.cyberwatch.probe.measure.path.PingOptions;
import org.cyberwatch.probe.measure.path.ProcessCommandRunner;
import org.cyberwatch.probe.measure.path.TraceOptions;
import org.cyberwatch.probe.measure.path.TracerouteMeasurer;
import org.cyberwatch.probe.measure.peer.HttpPeerLocatorClient;
import org.cyberwatch.probe.measure.peer.PeerHttpReachableMeasurer;
import org.cyberwatch.probe.measure.peer.PeerLocatorMeasurer;
import org.cyberwatch.probe.measure.tcp.TcpConnectMeasurer;
import org.cyberwatch.probe.measure.tunnel.HandshakeOnlyTls;
import org.cyberwatch.probe.measure.tunnel.TunnelTelemetryMeasurer;
import org.cyberwatch.probe.worker.InputlessMeasurer;
import org.cyberwatch.probe.worker.MeasurerRegistry;
import org.cyberwatch.probe.worker.MeasurerSettings;

/**
 * The measurers of this agent: those shipped in it, built from the config, then any {@link
 * Measurer} with a no-argument constructor listed in {@code META-INF/services} on the classpath
 * (which replaces a shipped one of the same test name). The peer tests exist only when a collector
 * is configured (its peer locator is the first collector's).
 */
final class BuiltInMeasurers {
  /** Connect (and per-read) timeout of tcp_connect, http_vs_https and tunnel_telemetry. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /**
   * User-Agent of the HTTP fetches: a common browser's, as OONI's web tests send, so that a
   * censor filtering by User-Agent treats the fetch like a user's.
   */
  static final String USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
      + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

  private BuiltInMeasurers() {}

  static MeasurerRegistry registry(AgentConfig config, PeerTests peers) {
    Map<String, Measurer> all = new LinkedHashMap<>();
    for (Measurer m : shipped(config, peers, Clock.systemUTC())) {
      all.put(m.testName(), m);
    }
    ServiceLoader.load(Measurer.class).forEach(m -> all.put(m.testName(), m));
    return MeasurerRegistry.of(List.copyOf(all.values()));
  }

  private static List<Measurer> shipped(AgentConfig config, PeerTests peers, Clock clock) {
    MeasurerSettings settings = config.measurers();
    ProcessCommandRunner tools = ProcessCommandRunner.local();
    HttpFetcher fetcher = new HttpFetcher(clock, CONNECT_TIMEOUT, systemTls(), USER_AGENT,
        HostResolver.SYSTEM);
    List<Measurer> out = new ArrayList<>(List.of(
        new TracerouteMeasurer(clock, tools, HostResolver.SYSTEM, TraceOptions.defaults()),
        new PingMeasurer(clock, tools, HostResolver.SYSTEM, PingOptions.defaults()),
        new TcpConnectMeasurer(clock, HostResolver.SYSTEM, CONNECT_TIMEOUT),
        new HttpVsHttpsMeasurer(clock, fetcher, settings.webPorts()),
        new UdpNatDetectionMeasurer(clock, NatDetectionSettings.defaults(), new SecureRandom()),
        new TunnelTelemetryMeasurer(clock, CONNECT_TIMEOUT, HandshakeOnlyTls.socketFactory(),
            UUID::randomUUID)));
    peers.collector().ifPresent(collector -> {
      HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER).build();
      out.add(new InputlessMeasurer(new PeerLocatorMeasurer(clock,
          new HttpPeerLocatorClient(http, collector, config.submit().timeout()),
          peers::serverPort, peers.natFlag(), peers.book())));
      out.add(new PeerHttpReachableMeasurer(clock, fetcher, peers.book()));
    });
    return out;
  }

  /** The JDK's default TLS context: the system trust store (or {@code javax.net.ssl.*}). */
  private static SSLContext systemTls() {
    try {
      return SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no default TLS context in this JVM", e);
    }
  }
}
