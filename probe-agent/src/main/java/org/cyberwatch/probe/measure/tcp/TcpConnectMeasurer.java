package org.cyberwatch.probe.measure.tcp;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.cyberwatch.probe.measure.FailureVocabulary;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;
import org.cyberwatch.probe.measure.Seconds;

/**
 * {@code tcp_connect}: one TCP handshake to {@code tcpconnect://<host>:<port>}, timed, with the
 * outcome in OONI's vocabulary: a RST answering the SYN is {@code connection_refused}, silence
 * {@code generic_timeout_error}, an ICMP unreachable {@code host_unreachable} or {@code
 * network_unreachable}. When the name does not resolve, {@code ip} repeats the host name and the
 * failure is {@code dns_nxdomain_error}.
 */
public final class TcpConnectMeasurer implements Measurer {

  private final Clock clock;
  private final HostResolver resolver;
  private final Duration timeout;

  public TcpConnectMeasurer(Clock clock, HostResolver resolver, Duration timeout) {
    this.clock = clock;
    this.resolver = resolver;
    this.timeout = timeout;
  }

  @Override
  public String testName() {
    return "tcp_connect";
  }

  @Override
  public String testVersion() {
    return "0.1.0";
  }

  @Override
  public MeasurementResult measure(String input) throws InterruptedException {
    TcpEndpoint endpoint = TcpEndpoint.parse(input);
    Instant start = clock.instant();
    ObjectNode keys = JsonNodeFactory.instance.objectNode();
    keys.put("host", endpoint.isIpLiteral() ? null : endpoint.host());
    InetAddress ip;
    try {
      ip = resolver.resolve(endpoint.host());
    } catch (UnknownHostException e) {
      keys.put("ip", endpoint.host()).put("port", endpoint.port());
      putStatus(keys, FailureVocabulary.DNS_NXDOMAIN);
      Instant now = clock.instant();
      keys.put("t0", Seconds.between(start, now)).put("t", Seconds.between(start, now));
      return new MeasurementResult(input, start, Seconds.between(start, now), keys);
    }
    keys.put("ip", ip.getHostAddress()).put("port", endpoint.port());
    Instant t0 = clock.instant();
    String failure = connect(new InetSocketAddress(ip, endpoint.port()));
    Instant t = clock.instant();
    putStatus(keys, failure);
    keys.put("t0", Seconds.between(start, t0)).put("t", Seconds.between(start, t));
    return new MeasurementResult(input, start, Seconds.between(start, clock.instant()), keys);
  }

  private String connect(InetSocketAddress address) throws InterruptedException {
    try (Socket socket = new Socket()) {
      socket.connect(address, Math.toIntExact(timeout.toMillis()));
      return null;
    } catch (IOException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("interrupted while connecting");
      }
      return FailureVocabulary.of(e);
    }
  }

  private static void putStatus(ObjectNode keys, String failure) {
    ObjectNode status = keys.putObject("status");
    status.put("success", failure == null).put("failure", failure).putNull("blocked");
  }
}
