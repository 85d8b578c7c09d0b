package org.cyberwatch.probe.measure.nat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * An IP address and UDP port, with the address in canonical text form (IPv6 compressed, without
 * brackets) so that equal addresses compare equal.
 *
 * @param host IP address literal
 * @param port UDP port 1..65535
 */
public record TransportAddress(String host, int port) {
  public TransportAddress {
    IPAddress address = host == null ? null : new IPAddressString(host).getAddress();
    if (address == null) {
      throw new IllegalArgumentException("host must be an IP address: " + host);
    }
    host = address.toCanonicalString();
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535: " + port);
    }
  }

  /** Parses {@code a.b.c.d:port} or {@code [v6]:port}. */
  public static TransportAddress parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("expected <ip>:<port>: " + text);
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    } else if (host.contains(":")) {
      throw new IllegalArgumentException("IPv6 address must be in brackets: " + text);
    }
    try {
      return new TransportAddress(host, Integer.parseInt(text.substring(colon + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected <ip>:<port>: " + text, e);
    }
  }

  /** The address of a received datagram. */
  public static TransportAddress of(InetSocketAddress socketAddress) {
    return new TransportAddress(socketAddress.getAddress().getHostAddress(),
        socketAddress.getPort());
  }

  /** As a socket address. */
  public InetSocketAddress toSocketAddress() {
    return new InetSocketAddress(new IPAddressString(host).getAddress().toInetAddress(), port);
  }

  /** The host as an {@link InetAddress}. */
  public InetAddress inetAddress() {
    return toSocketAddress().getAddress();
  }

  /** {@code {host, port}}. */
  public ObjectNode toJson() {
    return JsonNodeFactory.instance.objectNode().put("host", host).put("port", port);
  }

  /** {@code host:port}, IPv6 in brackets, as on the wire. */
  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
