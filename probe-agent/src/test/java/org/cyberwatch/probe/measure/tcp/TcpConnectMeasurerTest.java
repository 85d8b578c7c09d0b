package org.cyberwatch.probe.measure.tcp;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.StepClock;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TcpConnectMeasurerTest {

  private static TcpConnectMeasurer measurer(HostResolver resolver) {
    return new TcpConnectMeasurer(StepClock.standard(), resolver, Duration.ofSeconds(5));
  }

  private static String status(JsonNode keys) {
    return keys.path("status").path("success") + " " + keys.path("status").path("failure");
  }

  @Test
  void listeningPortIsASuccessTimedFromTheClock() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      MeasurementResult result = measurer(HostResolver.SYSTEM)
          .measure("tcpconnect://127.0.0.1:" + server.getLocalPort());
      JsonNode keys = result.testKeys();
      assertEquals("true null null 127.0.0.1 0.0015 0.003", status(keys) + " "
          + keys.path("host") + " " + keys.path("ip").asText() + " " + keys.path("t0") + " "
          + keys.path("t"));
      assertValid(SchemaId.TCP_CONNECT_TEST_KEYS, keys);
    }
  }

  @Test
  void closedPortIsConnectionRefused() throws Exception {
    int port;
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = server.getLocalPort();
    }
    JsonNode keys = measurer(HostResolver.SYSTEM).measure("127.0.0.1:" + port).testKeys();
    assertEquals("false \"connection_refused\"", status(keys));
    assertValid(SchemaId.TCP_CONNECT_TEST_KEYS, keys);
  }

  @Test
  void hostNameIsKeptAndResolvedAddressReported() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      JsonNode keys = measurer(host -> InetAddress.getByName("127.0.0.1"))
          .measure("tcpconnect://probe-target.example:" + server.getLocalPort()).testKeys();
      assertEquals("probe-target.example 127.0.0.1 true", keys.path("host").asText() + " "
          + keys.path("ip").asText() + " " + keys.path("status").path("success"));
    }
  }

  @Test
  void unresolvableNameIsDnsFailure() throws Exception {
    JsonNode keys = measurer(host -> {
      throw new UnknownHostException(host);
    }).measure("tcpconnect://nx.example:443").testKeys();
    assertEquals("false \"dns_nxdomain_error\" nx.example", status(keys) + " "
        + keys.path("ip").asText());
    assertValid(SchemaId.TCP_CONNECT_TEST_KEYS, keys);
  }

  @ParameterizedTest
  @CsvSource({"tcpconnect://[::1]:443, ::1, 443", "192.0.2.1:80, 192.0.2.1, 80",
      "tcpconnect://example.org:8080, example.org, 8080"})
  void endpointInputForms(String input, String host, int port) {
    assertEquals(new TcpEndpoint(host, port), TcpEndpoint.parse(input));
  }

  @ParameterizedTest
  @CsvSource({"example.org", "tcpconnect://example.org", "tcpconnect://example.org:0",
      "tcpconnect://example.org:443/path", "http://example.org:80"})
  void inputWithoutHostAndPortIsRejected(String input) {
    assertThrows(IllegalArgumentException.class, () -> TcpEndpoint.parse(input));
  }
}
