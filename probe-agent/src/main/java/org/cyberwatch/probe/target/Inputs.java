package org.cyberwatch.probe.target;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an address into the input syntax of a test: {@code ip:port} ({@code [v6]:port}) for
 * {@code tcp_connect}, {@code [v6]} for {@code http_vs_https}, the bare address for path tests
 * (traceroute, ping) and others. Tests whose input is not a host ({@link #NOT_FOR_HOSTS}) get none.
 */
public final class Inputs {
  /**
   * Tests whose input no address or host name gives: tunnel endpoints ({@code proto://ip:port}),
   * NAT remote lists, the peer locator (no input) and peer ids.
   */
  public static final Set<String> NOT_FOR_HOSTS = Set.of("tunnel_telemetry", "udp_nat_detection",
      "peer_locator", "peer_http_reachable");

  private Inputs() {}

  /** Whether a plain host (name or address) can be an input of {@code testName}. */
  public static boolean takesHosts(String testName) {
    return !NOT_FOR_HOSTS.contains(testName);
  }

  /** The input for measuring {@code address} with {@code testName}; empty when it takes none. */
  public static Optional<String> forAddress(String testName, InetAddress address, int tcpPort) {
    if (!takesHosts(testName)) {
      return Optional.empty();
    }
    String ip = address.getHostAddress();
    int zone = ip.indexOf('%');
    if (zone >= 0) {
      ip = ip.substring(0, zone);
    }
    boolean v6 = address instanceof Inet6Address;
    if ("tcp_connect".equals(testName)) {
      return Optional.of((v6 ? "[" + ip + "]" : ip) + ":" + tcpPort);
    }
    if ("http_vs_https".equals(testName) && v6) {
      return Optional.of("[" + ip + "]");
    }
    return Optional.of(ip);
  }
}
