package org.cyberwatch.probe.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputsTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "tcp_connect         | 192.0.2.1   | 192.0.2.1:443",
      "tcp_connect         | 2001:db8::1 | [2001:db8:0:0:0:0:0:1]:443",
      "traceroute          | 192.0.2.1   | 192.0.2.1",
      "ping                | 2001:db8::1 | 2001:db8:0:0:0:0:0:1",
      "http_vs_https       | 192.0.2.1   | 192.0.2.1",
      "http_vs_https       | 2001:db8::1 | [2001:db8:0:0:0:0:0:1]",
      "tunnel_telemetry    | 192.0.2.1   | none",
      "udp_nat_detection   | 192.0.2.1   | none",
      "peer_locator        | 192.0.2.1   | none",
      "peer_http_reachable | 192.0.2.1   | none"})
  void addressBecomesTheTestsInputOrNone(String test, String address, String expected)
      throws Exception {
    assertEquals(expected, Inputs.forAddress(test, InetAddress.getByName(address), 443)
        .orElse(null));
  }
}
