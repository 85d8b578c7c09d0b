package org.cyberwatch.probe.measure.tunnel;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.UUID;
import javax.net.ssl.SSLServerSocket;
import org.cyberwatch.probe.measure.StepClock;
import org.cyberwatch.probe.measure.TestTls;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TunnelTelemetryMeasurerTest {

  private static final UUID ID = UUID.fromString("2891c6ff-1b5d-4090-aff9-805d8c4a61c0");

  private static JsonNode measure(String input) throws Exception {
    return new TunnelTelemetryMeasurer(StepClock.standard(), Duration.ofSeconds(5),
        HandshakeOnlyTls.socketFactory(), () -> ID).measure(input).testKeys();
  }

  /** Accepts connections in the background; TLS ones complete their handshake. */
  private static Thread acceptForever(ServerSocket server) {
    Thread t = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          s.getInputStream().read();
        } catch (Exception e) {
          // connection over or server closed
        }
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  @Test
  void reachableShadowsocksPortIsAReportWithoutFailure() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
      acceptForever(server);
      JsonNode report = measure("ss://127.0.0.1:" + server.getLocalPort());
      assertEquals("{\"report-type\":\"tunnel-telemetry\",\"time\":\"2026-01-02T03:04:05Z\","
          + "\"endpoint\":\"ss://127.0.0.1:" + server.getLocalPort() + "\",\"duration_ms\":1,"
          + "\"failure\":null,\"uuid\":\"" + ID + "\",\"sampling_rate\":1}", report.toString());
      assertValid(SchemaId.TUNNEL_TELEMETRY_REPORT, report);
    }
  }

  @Test
  void tlsProtocolCompletesAHandshakeWithASelfSignedServer() throws Exception {
    try (SSLServerSocket server = (SSLServerSocket) TestTls.server(TestTls.WRONG_NAME)
        .getServerSocketFactory().createServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
      acceptForever(server);
      JsonNode report = measure("trojan://127.0.0.1:" + server.getLocalPort());
      assertEquals("null", report.path("failure").toString());
    }
  }

  @Test
  void plainServerOnTlsProtocolFailsTheHandshake() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
      Thread t = new Thread(() -> {
        try (Socket s = server.accept()) {
          s.getInputStream().read();
        } catch (Exception e) {
          // closes right after the ClientHello arrives
        }
      });
      t.start();
      JsonNode report = measure("tls://127.0.0.1:" + server.getLocalPort());
      assertEquals("tls.handshake eof_error", report.path("failure").path("op").asText() + " "
          + report.path("failure").path("error").asText());
      assertValid(SchemaId.TUNNEL_TELEMETRY_REPORT, report);
      t.join();
    }
  }

  @Test
  void closedPortIsTcpConnectRefused() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    JsonNode report = measure("openvpn://127.0.0.1:" + port);
    assertEquals("{\"op\":\"tcp.connect\",\"error\":\"connection_refused\"}",
        report.path("failure").toString());
    assertValid(SchemaId.TUNNEL_TELEMETRY_REPORT, report);
  }

  @ParameterizedTest
  @CsvSource({"ss://example.org:443", "ss://1.1.1.1", "1.1.1.1:443", "SS://1.1.1.1:443",
      "ss://1.1.1.1:0"})
  void inputThatIsNotProtoIpPortIsRejected(String input) {
    assertThrows(IllegalArgumentException.class, () -> TunnelEndpoint.parse(input));
  }

  @Test
  void ipv6EndpointKeepsItsBrackets() {
    assertEquals("wss://[2001:db8::1]:443", TunnelEndpoint.parse("wss://[2001:db8::1]:443")
        .toString());
  }
}
