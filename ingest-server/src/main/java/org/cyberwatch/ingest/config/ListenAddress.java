package org.cyberwatch.ingest.config;

import java.net.InetSocketAddress;

/**
 * A host and port to listen on: {@code HOST:PORT}, {@code [IPv6]:PORT} or {@code :PORT} (all
 * addresses). Port 0 picks a free port (tests).
 *
 * @param host host name or address literal without brackets; "" for all addresses
 * @param port 0–65535
 */
public record ListenAddress(String host, int port) {

  /** Checks the port range; the host must not be null. */
  public ListenAddress {
    if (host == null) {
      throw new IllegalArgumentException("host: must not be null");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port: must be 0-65535, got " + port);
    }
  }

  /**
   * Parses {@code HOST:PORT}.
   *
   * @throws IllegalArgumentException when the text has another shape
   */
  public static ListenAddress parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("must be HOST:PORT, got '" + text + "'");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    } else if (host.contains(":")) {
      throw new IllegalArgumentException("an IPv6 host must be in brackets: '" + text + "'");
    }
    try {
      return new ListenAddress(host, Integer.parseInt(text.substring(colon + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port is not a number in '" + text + "'");
    }
  }

  /** The socket address (the wildcard address for an empty host). */
  public InetSocketAddress toSocketAddress() {
    return host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
  }

  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
