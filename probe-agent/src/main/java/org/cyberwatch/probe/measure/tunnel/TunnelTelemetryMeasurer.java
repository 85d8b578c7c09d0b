package org.cyberwatch.probe.measure.tunnel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.cyberwatch.probe.measure.FailureVocabulary;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;
import org.cyberwatch.probe.measure.Seconds;

/**
 * {@code tunnel_telemetry}: connects to a proxy endpoint {@code proto://ip:port} (TCP, plus a TLS
 * handshake for {@link TunnelEndpoint#TLS_PROTOCOLS}) and produces the Open Tunnel Telemetry
 * report that the agent POSTs to the collector's {@code /report} ({@code report-type}
 * tunnel-telemetry): time, endpoint, duration_ms, failure {@code {op, error}}, uuid, sampling_rate.
 * The test keys are that report (schema {@code tunnel-telemetry/report.schema.json}); the collector
 * stores its scrubbed form. The TLS handshake does not check the certificate: endpoints often use
 * self-signed ones, and reachability is what is measured. No application data is sent.
 */
public final class TunnelTelemetryMeasurer implements Measurer {

  private final Clock clock;
  private final Duration timeout;
  private final SSLSocketFactory tls;
  private final Supplier<UUID> uuids;

  /** @param tls socket factory for the handshake, e.g. {@link HandshakeOnlyTls#socketFactory()} */
  public TunnelTelemetryMeasurer(Clock clock, Duration timeout, SSLSocketFactory tls,
      Supplier<UUID> uuids) {
    this.clock = clock;
    this.timeout = timeout;
    this.tls = tls;
    this.uuids = uuids;
  }

  @Override
  public String testName() {
    return "tunnel_telemetry";
  }

  @Override
  public String testVersion() {
    return "0.1.0";
  }

  @Override
  public MeasurementResult measure(String input) throws InterruptedException {
    TunnelEndpoint endpoint = TunnelEndpoint.parse(input);
    Instant start = clock.instant();
    ObjectNode failure = reach(endpoint);
    Instant end = clock.instant();
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    report.put("report-type", "tunnel-telemetry");
    report.put("time", DateTimeFormatter.ISO_INSTANT.format(start.truncatedTo(ChronoUnit.MILLIS)));
    report.put("endpoint", endpoint.toString());
    report.put("duration_ms", Math.max(0, Duration.between(start, end).toMillis()));
    report.set("failure", failure);
    report.put("uuid", uuids.get().toString());
    report.put("sampling_rate", 1);
    return new MeasurementResult(input, start, Seconds.between(start, end), report);
  }

  /** Null when the endpoint was reached, else {@code {op, error}}. */
  private ObjectNode reach(TunnelEndpoint endpoint) throws InterruptedException {
    int millis = Math.toIntExact(timeout.toMillis());
    try (Socket socket = new Socket()) {
      try {
        socket.connect(endpoint.socketAddress(), millis);
      } catch (IOException e) {
        return failure("tcp.connect", e);
      }
      if (!endpoint.usesTls()) {
        return null;
      }
      try (SSLSocket ssl = (SSLSocket) tls.createSocket(socket, null, endpoint.port(), false)) {
        ssl.setSoTimeout(millis);
        ssl.startHandshake();
        return null;
      } catch (IOException e) {
        return failure("tls.handshake", e);
      }
    } catch (IOException e) {
      return failure("tcp.close", e);
    }
  }

  private static ObjectNode failure(String op, IOException e) throws InterruptedException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedException("interrupted during " + op);
    }
    return JsonNodeFactory.instance.objectNode().put("op", op)
        .put("error", FailureVocabulary.of(e));
  }
}
