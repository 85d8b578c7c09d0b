package org.cyberwatch.probe.measure.peer;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Whether this probe is probably behind NAT, as the CENO2 peer locator test judged it: the local
 * address used towards the collector is not a public one (private, shared CGNAT 100.64/10,
 * loopback, link-local, unique-local). No packet is sent: a connected UDP socket only asks the
 * kernel for the route.
 */
public final class NatFlag {

  private static final IPAddress SHARED = new IPAddressString("100.64.0.0/10").getAddress();

  private NatFlag() {}

  /** The flag for the route towards {@code collector}; true when the route cannot be found. */
  public static boolean towards(InetSocketAddress collector) {
    try (DatagramSocket probe = new DatagramSocket()) {
      probe.connect(collector);
      return isNonPublic(probe.getLocalAddress());
    } catch (IOException e) {
      return true;
    }
  }

  /** Whether {@code local} is not a public address. */
  static boolean isNonPublic(InetAddress local) {
    IPAddress address = new IPAddressString(local.getHostAddress()).getAddress();
    if (address == null || address.isAnyLocal() || address.isLocal() || address.isLoopback()) {
      return true;
    }
    return address.isIPv4() ? address.toIPv4().isPrivate() || SHARED.contains(address)
        : address.toIPv6().isUniqueLocal();
  }
}
