package org.cyberwatch.schemas.snapshot;

import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.nio.ByteBuffer;

/**
 * Address text to bits. The common forms (dotted quad, IPv6 hex groups with at most one {@code ::})
 * are parsed here without regex and with almost no allocation, because every enrichment of every
 * hop passes through it; anything else (an embedded IPv4 tail, a zone) goes to the ipaddress
 * library with strict settings (no prefixes, masks, ranges, wildcards or inet_aton forms), which
 * also decides what is invalid.
 */
final class AddressParser {

  private static final IPAddressStringParameters STRICT = strictParameters();

  private AddressParser() {}

  /** The address as a full-length prefix; IllegalArgumentException naming the input if invalid. */
  static IpPrefix parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("ip: null");
    }
    IpPrefix fast = text.indexOf(':') >= 0 ? fastV6(text) : fastV4(text);
    return fast != null ? fast : slow(text);
  }

  private static IpPrefix fastV4(String s) {
    long value = 0;
    int octet = -1;
    int digits = 0;
    int dots = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        octet = (octet < 0 ? 0 : octet * 10) + (c - '0');
        if (++digits > 3 || octet > 255) {
          return null;
        }
      } else if (c == '.' && octet >= 0 && dots < 3) {
        value = (value << 8) | octet;
        octet = -1;
        digits = 0;
        dots++;
      } else {
        return null;
      }
    }
    if (dots != 3 || octet < 0) {
      return null;
    }
    return IpPrefix.ipv4((value << 8) | octet, 32);
  }

  /** Pure hex-group IPv6 (no embedded IPv4, no zone); null hands the text to the library. */
  private static IpPrefix fastV6(String s) {
    int[] groups = new int[8];
    int count = 0;
    int gap = -1;
    int i = 0;
    int n = s.length();
    if (s.startsWith("::")) {
      gap = 0;
      i = 2;
    }
    while (i < n) {
      int end = i;
      int value = 0;
      while (end < n && end - i < 5 && hex(s.charAt(end)) >= 0) {
        value = (value << 4) | hex(s.charAt(end));
        end++;
      }
      if (end == i || end - i > 4 || count == 8) {
        return null;
      }
      groups[count++] = value;
      if (end == n) {
        break;
      }
      if (s.charAt(end) != ':' || end + 1 == n) {
        return null;
      }
      i = end + 1;
      if (s.charAt(i) == ':') {
        if (gap >= 0) {
          return null;
        }
        gap = count;
        i++;
      }
    }
    return assemble(groups, count, gap);
  }

  private static IpPrefix assemble(int[] groups, int count, int gap) {
    if (gap < 0 ? count != 8 : count > 7) {
      return null;
    }
    long hi = 0;
    long lo = 0;
    int zeros = 8 - count;
    for (int g = 0, src = 0; g < 8; g++) {
      boolean inGap = gap >= 0 && g >= gap && g < gap + zeros;
      long v = inGap ? 0 : groups[src++];
      if (g < 4) {
        hi = (hi << 16) | v;
      } else {
        lo = (lo << 16) | v;
      }
    }
    return new IpPrefix(true, hi, lo, 128);
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static IpPrefix slow(String text) {
    IPAddress address = null;
    if (!text.isEmpty() && text.chars().noneMatch(c -> c <= ' ')) {
      address = new IPAddressString(text, STRICT).getAddress();
    }
    if (address == null) {
      throw new IllegalArgumentException("ip: not an IP address: '" + text + "'");
    }
    ByteBuffer bytes = ByteBuffer.wrap(address.getBytes());
    if (address.isIPv4()) {
      return IpPrefix.ipv4(bytes.getInt() & 0xFFFF_FFFFL, 32);
    }
    return new IpPrefix(true, bytes.getLong(), bytes.getLong(), 128);
  }

  private static IPAddressStringParameters strictParameters() {
    IPAddressStringParameters.Builder b =
        new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowAll(false)
            .allowPrefix(false)
            .allowMask(false)
            .allowPrefixOnly(false)
            .allowSingleSegment(false)
            .allow_inet_aton(false)
            .allowWildcardedSeparator(false)
            .setRangeOptions(RangeParameters.NO_RANGE);
    b.getIPv4AddressParametersBuilder()
        .allowBinary(false)
        .setRangeOptions(RangeParameters.NO_RANGE);
    b.getIPv6AddressParametersBuilder()
        .allowBinary(false)
        .setRangeOptions(RangeParameters.NO_RANGE);
    return b.toParams();
  }
}
