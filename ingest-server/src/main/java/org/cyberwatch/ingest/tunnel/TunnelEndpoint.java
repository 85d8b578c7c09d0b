package org.cyberwatch.ingest.tunnel;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.InetAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code endpoint} of a tunnel-telemetry report: {@code proto://ipv4:port} or {@code
 * proto://[ipv6]:port}. Only address literals are accepted (never a name: nothing is resolved).
 *
 * @param proto the protocol, e.g. {@code ss}
 * @param address the address literal (IPv6 without brackets)
 * @param port 0–65535
 */
public record TunnelEndpoint(String proto, String address, int port) {

  private static final Pattern SHAPE = Pattern.compile(
      "([a-z][a-z0-9+.-]*)://(?:(\\d{1,3}(?:\\.\\d{1,3}){3})|\\[([0-9A-Fa-f:.]+)\\]):(\\d{1,5})");

  /** Checks the port range. */
  public TunnelEndpoint {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port: must be 0-65535, got " + port);
    }
  }

  /**
   * Parses an endpoint.
   *
   * @throws IllegalArgumentException naming {@code endpoint} when it has another shape
   */
  public static TunnelEndpoint parse(String text) {
    Matcher m = text == null ? null : SHAPE.matcher(text);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("endpoint: must be proto://ip:port (IPv6 in brackets)");
    }
    String address = m.group(2) != null ? m.group(2) : m.group(3);
    if (literal(address) == null) {
      throw new IllegalArgumentException("endpoint: not an IP address: " + address);
    }
    int port = Integer.parseInt(m.group(4));
    if (port > 65535) {
      throw new IllegalArgumentException("endpoint: port must be 0-65535, got " + port);
    }
    return new TunnelEndpoint(m.group(1), address, port);
  }

  /** Whether the address is globally reachable (not private, loopback, link-local, multicast…). */
  public boolean publicAddress() {
    InetAddress a = literal(address).toInetAddress();
    return !(a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress()
        || a.isSiteLocalAddress() || a.isMulticastAddress() || uniqueLocalV6(a) || sharedV4(a));
  }

  /** The parsed literal, or null; pure parsing, never a DNS lookup. */
  private static IPAddress literal(String address) {
    IPAddressString s = new IPAddressString(address);
    return s.isIPAddress() ? s.getAddress() : null;
  }

  private static boolean uniqueLocalV6(InetAddress a) {
    return a.getAddress().length == 16 && (a.getAddress()[0] & 0xfe) == 0xfc;
  }

  private static boolean sharedV4(InetAddress a) {
    byte[] b = a.getAddress();
    return b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
  }
}
