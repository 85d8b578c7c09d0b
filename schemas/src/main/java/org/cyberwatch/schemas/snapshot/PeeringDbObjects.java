package org.cyberwatch.schemas.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects PeeringDB objects by type while a dump streams past; see {@link PeeringDbParser}. */
final class PeeringDbObjects {

  private final Map<Long, PeeringDbIx> ixes = new HashMap<>();
  private final Map<Long, Long> ixlanToIx = new HashMap<>();
  private final List<PeeringDbIxPrefix> prefixes = new ArrayList<>();
  private final Map<Long, PeeringDbNet> nets = new HashMap<>();
  private final Map<Long, PeeringDbOrg> orgs = new HashMap<>();
  private final List<PeeringDbNetIxLan> netIxLans = new ArrayList<>();

  /** Adds one object of {@code type}; IllegalArgumentException names a bad field. */
  void add(String type, JsonNode o) {
    switch (type) {
      case "ix" ->
          ixes.put(
              id(o, "id"),
              new PeeringDbIx(id(o, "id"), text(o, "name"), text(o, "city"), text(o, "country")));
      case "ixlan" -> ixlanToIx.put(id(o, "id"), id(o, "ix_id"));
      case "ixpfx" ->
          prefixes.add(
              new PeeringDbIxPrefix(id(o, "id"), id(o, "ixlan_id"), prefix(o.get("prefix"))));
      case "net" -> {
        long asn = id(o, "asn");
        nets.put(asn, new PeeringDbNet(id(o, "id"), asn, text(o, "name"), id(o, "org_id")));
      }
      case "org" ->
          orgs.put(id(o, "id"), new PeeringDbOrg(id(o, "id"), text(o, "name"), text(o, "country")));
      case "netixlan" ->
          netIxLans.add(
              new PeeringDbNetIxLan(
                  id(o, "asn"),
                  id(o, "ix_id"),
                  id(o, "ixlan_id"),
                  address(o, "ipaddr4"),
                  address(o, "ipaddr6")));
      default -> throw new IllegalArgumentException("type: not read: " + type);
    }
  }

  PeeringDbSnapshot snapshot() {
    return new PeeringDbSnapshot(ixes, ixlanToIx, prefixes, nets, orgs, netIxLans);
  }

  private static long id(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.canConvertToLong()) {
      throw new IllegalArgumentException(field + ": missing or not a number in " + abbreviated(o));
    }
    return v.asLong();
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static IpPrefix prefix(JsonNode v) {
    String cidr = v == null || v.isNull() ? "" : v.asText();
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("prefix: not a prefix: '" + cidr + "'");
    }
    return IpPrefix.covering(cidr.substring(0, slash), Integer.parseInt(cidr.substring(slash + 1)));
  }

  private static IpPrefix address(JsonNode o, String field) {
    String text = text(o, field);
    return text.isEmpty() ? null : IpPrefix.address(text);
  }

  private static String abbreviated(JsonNode o) {
    String s = o.toString();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
