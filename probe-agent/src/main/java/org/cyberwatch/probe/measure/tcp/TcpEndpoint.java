package org.cyberwatch.probe.measure.tcp;

import inet.ipaddr.IPAddressString;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A TCP endpoint to measure: {@code tcpconnect://<host>:<port>} or {@code <host>:<port>}, with an
 * IPv6 literal in brackets.
 *
 * @param host host name or IP literal (IPv6 without brackets)
 * @param port TCP port 1..65535
 */
public record TcpEndpoint(String host, int port) {
  public TcpEndpoint {
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("host must not be empty");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535: " + port);
    }
  }

  /** Parses {@code tcpconnect://host:port} or {@code host:port}. */
  public static TcpEndpoint parse(String input) {
    if (input == null) {
      throw new IllegalArgumentException("input must be tcpconnect://<host>:<port>, got null");
    }
    String rest = input.startsWith("tcpconnect://") ? input.substring(13) : input;
    try {
      URI uri = new URI("tcpconnect://" + rest);
      if (uri.getHost() == null || uri.getPort() < 0 || !"".equals(uri.getPath())
          && uri.getPath() != null || uri.getUserInfo() != null) {
        throw new IllegalArgumentException("input must be tcpconnect://<host>:<port>: " + input);
      }
      String host = uri.getHost().startsWith("[")
          ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
      return new TcpEndpoint(host, uri.getPort());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("input must be tcpconnect://<host>:<port>: " + input, e);
    }
  }

  /** Whether {@code host} is an IP address literal (no name resolution needed). */
  public boolean isIpLiteral() {
    return new IPAddressString(host).isIPAddress();
  }
}
