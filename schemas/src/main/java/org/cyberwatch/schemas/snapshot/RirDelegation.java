package org.cyberwatch.schemas.snapshot;

import inet.ipaddr.ipv4.IPv4Address;
import java.util.ArrayList;
import java.util.List;

/**
 * A record line of an RIR delegated (extended) statistics file: {@code
 * registry|cc|type|start|value|date|status[|opaque-id[|extensions…]]}.
 *
 * @param registry {@code afrinic, apnic, arin, lacnic, ripencc} (as written; IANA too)
 * @param cc ISO 3166 alpha-2 code, may be empty (available/reserved lines)
 * @param type {@code ipv4}, {@code ipv6} or {@code asn}
 * @param start first address (ipv4, ipv6) or first AS number (asn), as written
 * @param value ipv4: number of addresses (not always a power of two); ipv6: prefix length; asn:
 *     number of AS numbers
 * @param date allocation date text {@code YYYYMMDD}, may be empty
 * @param status {@code allocated, assigned, available, reserved}
 * @param opaqueId the holder's opaque id (extended files), may be empty
 */
public record RirDelegation(
    String registry,
    String cc,
    String type,
    String start,
    long value,
    String date,
    String status,
    String opaqueId) {

  /** Checks the type and value range; text fields are never null. */
  public RirDelegation {
    if (!"ipv4".equals(type) && !"ipv6".equals(type) && !"asn".equals(type)) {
      throw new IllegalArgumentException("type: not ipv4, ipv6 or asn: '" + type + "'");
    }
    long max =
        switch (type) {
          case "ipv6" -> 128;
          case "ipv4" -> 1L << 32;
          default -> AsNumbers.MAX;
        };
    if (value < ("ipv6".equals(type) ? 0 : 1) || value > max) {
      throw new IllegalArgumentException("value: " + value + " out of range for " + type);
    }
    checkStart(type, start, value);
    registry = registry == null ? "" : registry;
    cc = cc == null ? "" : cc;
    start = start == null ? "" : start;
    date = date == null ? "" : date;
    status = status == null ? "" : status;
    opaqueId = opaqueId == null ? "" : opaqueId;
  }

  private static void checkStart(String type, String start, long value) {
    String text = start == null ? "" : start;
    if (type.equals("asn")) {
      if (AsNumbers.parse(text, "start") + value - 1 > AsNumbers.MAX) {
        throw new IllegalArgumentException(
            "value: " + value + " AS numbers from " + text + " pass " + AsNumbers.MAX);
      }
      return;
    }
    IpPrefix first = IpPrefix.address(text);
    if (first.ipv6() != type.equals("ipv6")) {
      throw new IllegalArgumentException("start: '" + text + "' is not an " + type + " address");
    }
    if (type.equals("ipv6")) {
      IpPrefix.of(text, (int) value);
    } else if (first.ipv4Value() + value - 1 > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(
          "value: " + value + " addresses from " + text + " pass 255.255.255.255");
    }
  }

  /** Whether the block is held by someone ({@code allocated} or {@code assigned}). */
  public boolean delegated() {
    return status.equals("allocated") || status.equals("assigned");
  }

  /**
   * The CIDR prefixes covering an address block, smallest number that exactly spans it: an ipv4
   * count that is not a power of two (e.g. 768 addresses from 1.0.4.0) becomes several prefixes
   * (1.0.4.0/23, 1.0.6.0/24).
   */
  public List<IpPrefix> prefixes() {
    if (type.equals("ipv6")) {
      return List.of(IpPrefix.of(start, (int) value));
    }
    if (!type.equals("ipv4")) {
      throw new IllegalStateException("prefixes: an asn line has none");
    }
    IpPrefix first = IpPrefix.address(start);
    long last = first.ipv4Value() + value - 1;
    List<IpPrefix> out = new ArrayList<>();
    IPv4Address lower = new IPv4Address((int) first.ipv4Value());
    for (IPv4Address block : lower.spanWithPrefixBlocks(new IPv4Address((int) last))) {
      Integer length = block.getPrefixLength();
      out.add(IpPrefix.ipv4(block.getLower().intValue(), length == null ? 32 : length));
    }
    return out;
  }

  /** The last AS number of an asn line. */
  public long lastAsn() {
    if (!type.equals("asn")) {
      throw new IllegalStateException("lastAsn: not an asn line");
    }
    return AsNumbers.parse(start, start) + value - 1;
  }
}
