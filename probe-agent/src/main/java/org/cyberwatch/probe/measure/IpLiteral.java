package org.cyberwatch.probe.measure;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Reads a measurement target that is an IP address (IPv4, or IPv6 with or without brackets) into
 * an {@link InetAddress} with the ipaddress library, so that no name service is involved: the
 * result carries no host name, and nothing here or in the JDK looks one up (no forward query, no
 * reverse lookup). An IPv4-mapped IPv6 address reads as IPv4, as in the JDK. Prefixes, ranges and
 * wildcards are not literals.
 */
public final class IpLiteral {

  private IpLiteral() {}

  /** The address {@code host} spells, or empty when {@code host} is not one IP address. */
  public static Optional<InetAddress> parse(String host) {
    if (host == null || host.isEmpty()) {
      return Optional.empty();
    }
    String bare = host.startsWith("[") && host.endsWith("]")
        ? host.substring(1, host.length() - 1) : host;
    IPAddress address = new IPAddressString(bare).getAddress();
    if (address == null || address.isPrefixed() || address.isMultiple()) {
      return Optional.empty();
    }
    if (address.isIPv6() && address.toIPv6().isIPv4Mapped()) {
      return Optional.of(address.toIPv6().getEmbeddedIPv4Address().toInetAddress());
    }
    return Optional.of(address.toInetAddress());
  }
}
