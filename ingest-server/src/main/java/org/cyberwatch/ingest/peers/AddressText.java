package org.cyberwatch.ingest.peers;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * The canonical text of an IP address (RFC 5952 for IPv6: lower case, longest zero run
 * compressed; no brackets, no zone), so one peer always gets one id however its address was
 * written. Parsing only, never a DNS lookup.
 */
final class AddressText {

  private AddressText() {}

  /**
   * The canonical form of {@code ip} ({@code [2001:DB8:0::1]} → {@code 2001:db8::1}).
   *
   * @throws IllegalArgumentException when it is not an IP address literal
   */
  static String canonical(String ip) {
    String s = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
    int zone = s.indexOf('%');
    if (zone >= 0) {
      s = s.substring(0, zone);
    }
    IPAddress a = new IPAddressString(s).getAddress();
    if (a == null) {
      throw new IllegalArgumentException("not an IP address: '" + ip + "'");
    }
    return a.toCanonicalString();
  }
}
