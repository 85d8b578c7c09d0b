package org.cyberwatch.probe.target;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Turns an address into the input syntax of a test: {@code ip:port} ({@code [v6]:port}) for
 * {@code tcp_connect}, the bare address for path tests (traceroute, ping) and others.
 */
public final class Inputs {
  private Inputs() {}

  /** The input for measuring {@code address} with {@code testName}. */
  public static String forAddress(String testName, InetAddress address, int tcpPort) {
    String ip = address.getHostAddress();
    int zone = ip.indexOf('%');
    if (zone >= 0) {
      ip = ip.substring(0, zone);
    }
    if (!"tcp_connect".equals(testName)) {
      return ip;
    }
    return (address instanceof Inet6Address ? "[" + ip + "]" : ip) + ":" + tcpPort;
  }
}
