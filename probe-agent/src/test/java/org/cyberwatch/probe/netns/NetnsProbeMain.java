package org.cyberwatch.probe.netns;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;
import org.cyberwatch.probe.measure.TestTls;
import org.cyberwatch.probe.measure.http.HttpFetcher;
import org.cyberwatch.probe.measure.http.HttpVsHttpsMeasurer;
import org.cyberwatch.probe.measure.http.WebPorts;
import org.cyberwatch.probe.measure.nat.NatDetectionSettings;
import org.cyberwatch.probe.measure.nat.UdpNatDetectionMeasurer;
import org.cyberwatch.probe.measure.peer.HttpPeerLocatorClient;
import org.cyberwatch.probe.measure.peer.NatFlag;
import org.cyberwatch.probe.measure.peer.PeerBook;
import org.cyberwatch.probe.measure.peer.PeerHttpReachableMeasurer;
import org.cyberwatch.probe.measure.peer.PeerLocatorMeasurer;
import org.cyberwatch.probe.measure.peer.PeerTestServer;
import org.cyberwatch.probe.measure.tcp.TcpConnectMeasurer;
import org.cyberwatch.probe.measure.tunnel.HandshakeOnlyTls;
import org.cyberwatch.probe.measure.tunnel.TunnelTelemetryMeasurer;

/**
 * The Java-socket measurers, run in a child JVM inside the probe namespace: reads lines {@code
 * <test_name> <input>} ({@code -} for no input) from stdin and answers each with one line of test
 * keys JSON (or {@code {"exception": …}}). Timeouts are 2 s so blocked ports fail fast.
 */
public final class NetnsProbeMain {

  private NetnsProbeMain() {}

  public static void main(String[] args) throws Exception {
    Clock clock = Clock.systemUTC();
    Duration timeout = Duration.ofSeconds(2);
    HttpFetcher fetcher = new HttpFetcher(clock, timeout, TestTls.clientTrusting(TestTls.GOOD),
        "cyberwatch-netns-test", HostResolver.SYSTEM);
    PeerBook book = new PeerBook();
    InetSocketAddress locator = new InetSocketAddress(NetnsTopology.TARGET, 8090);
    try (PeerTestServer server = PeerTestServer.start(new InetSocketAddress(0), 4096)) {
      Map<String, Measurer> measurers = List.of(
          new TcpConnectMeasurer(clock, HostResolver.SYSTEM, timeout),
          new HttpVsHttpsMeasurer(clock, fetcher, WebPorts.standard()),
          new PeerLocatorMeasurer(clock, new HttpPeerLocatorClient(HttpClient.newHttpClient(),
              URI.create("http://" + NetnsTopology.TARGET + ":8090/"), timeout), server::port,
              NatFlag.towards(locator), book),
          new PeerHttpReachableMeasurer(clock, fetcher, book),
          new UdpNatDetectionMeasurer(clock, new NatDetectionSettings(3,
              Duration.ofMillis(300), 0), new SecureRandom()),
          new TunnelTelemetryMeasurer(clock, timeout, HandshakeOnlyTls.socketFactory(),
              UUID::randomUUID)).stream()
          .collect(Collectors.toMap(Measurer::testName, Function.identity()));
      serve(measurers);
    }
  }

  private static void serve(Map<String, Measurer> measurers) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    System.out.println("READY");
    System.out.flush();
    for (String line; (line = in.readLine()) != null; ) {
      String[] parts = line.split(" ", 2);
      String input = parts.length < 2 || parts[1].equals("-") ? null : parts[1];
      ObjectNode answer;
      try {
        MeasurementResult result = measurers.get(parts[0]).measure(input);
        answer = result.testKeys();
      } catch (RuntimeException e) {
        answer = JsonNodeFactory.instance.objectNode().put("exception", e.toString());
      }
      System.out.println(answer);
      System.out.flush();
    }
  }
}
