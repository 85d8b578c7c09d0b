package org.cyberwatch.schemas.snapshot;

import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;

/**
 * An IPv4 or IPv6 prefix as bits: the address left-aligned in 128 bits ({@code hi} holds bits
 * 0..63, {@code lo} bits 64..127; an IPv4 address sits in the top 32 bits of {@code hi}) and a
 * prefix length. A single address is the prefix of full length (/32 or /128).
 *
 * <p>Host bits are always zero: the constructor rejects a prefix that has any set.
 */
public record IpPrefix(boolean ipv6, long hi, long lo, int length) {

  /** Checks the length against the family and that the host bits are zero. */
  public IpPrefix {
    int max = ipv6 ? 128 : 32;
    if (length < 0 || length > max) {
      throw new IllegalArgumentException("length: " + length + " is not in 0.." + max);
    }
    if (!ipv6 && lo != 0) {
      throw new IllegalArgumentException("lo: must be 0 for IPv4");
    }
    if ((hi & ~maskHi(length)) != 0 || (lo & ~maskLo(length)) != 0) {
      throw new IllegalArgumentException("length: host bits set beyond /" + length);
    }
  }

  /** Parses an address (IPv4 dotted quad or any IPv6 text form) as a full-length prefix. */
  public static IpPrefix address(String text) {
    return AddressParser.parse(text);
  }

  /** Parses {@code address/length}, rejecting set host bits. */
  public static IpPrefix parse(String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("prefix: no '/' in '" + cidr + "'");
    }
    return of(cidr.substring(0, slash), parseLength(cidr, cidr.substring(slash + 1)));
  }

  /** The prefix {@code address/length}, rejecting set host bits. */
  public static IpPrefix of(String address, int length) {
    IpPrefix a = AddressParser.parse(address);
    return new IpPrefix(a.ipv6, a.hi, a.lo, length);
  }

  /** The prefix of the given length that covers {@code address} (host bits cleared). */
  public static IpPrefix covering(String address, int length) {
    IpPrefix a = AddressParser.parse(address);
    return a.truncate(length);
  }

  /** An IPv4 prefix from the address as an unsigned 32-bit value. */
  public static IpPrefix ipv4(long address, int length) {
    return new IpPrefix(false, (address & 0xFFFF_FFFFL) << 32, 0, length);
  }

  /** This prefix shortened to {@code newLength} bits (host bits cleared). */
  public IpPrefix truncate(int newLength) {
    if (newLength > length) {
      throw new IllegalArgumentException("newLength: " + newLength + " is longer than " + length);
    }
    return new IpPrefix(ipv6, hi & maskHi(newLength), lo & maskLo(newLength), newLength);
  }

  /** Whether {@code other} (same family) lies inside this prefix. */
  public boolean contains(IpPrefix other) {
    return other.ipv6 == ipv6
        && other.length >= length
        && ((other.hi ^ hi) & maskHi(length)) == 0
        && ((other.lo ^ lo) & maskLo(length)) == 0;
  }

  /** The IPv4 address as an unsigned 32-bit value; only for IPv4. */
  public long ipv4Value() {
    return hi >>> 32;
  }

  /** Canonical text: {@code 1.0.4.0/22}, {@code 2001:200:900::/40}. */
  @Override
  public String toString() {
    if (ipv6) {
      return new IPv6Address(hi, lo, length).toCanonicalString();
    }
    return new IPv4Address((int) (hi >>> 32), length).toCanonicalString();
  }

  static long maskHi(int length) {
    if (length >= 64) {
      return -1L;
    }
    return length == 0 ? 0 : -1L << (64 - length);
  }

  static long maskLo(int length) {
    if (length <= 64) {
      return 0;
    }
    return -1L << (128 - length);
  }

  private static int parseLength(String cidr, String text) {
    if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("prefix: bad length in '" + cidr + "'");
    }
    return Integer.parseInt(text);
  }
}
