package org.cyberwatch.schemas.snapshot;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The origin column of a CAIDA RouteViews prefix2as line.
 *
 * <p>CAIDA writes a single origin as {@code 13335}; a prefix announced by several origin ASes
 * (MOAS) as the origins joined by {@code _} ({@code 24409_24151_24406}); an origin that is an
 * AS-set as its members joined by {@code ,} ({@code 271,7860,8111}, also seen in braces {@code
 * {271,7860,8111}}). Both can combine ({@code 3356_{1,2}}).
 *
 * @param asns every ASN named, in file order (the first is the primary origin); never empty
 * @param moas whether the prefix has more than one origin ({@code _} present)
 * @param asSet whether an origin is an AS-set ({@code ,} present)
 */
public record RouteOrigin(List<Long> asns, boolean moas, boolean asSet) implements Serializable {

  /** Requires at least one ASN, each a valid 32-bit AS number. */
  public RouteOrigin {
    asns = List.copyOf(asns);
    if (asns.isEmpty()) {
      throw new IllegalArgumentException("asns: empty");
    }
    for (long asn : asns) {
      AsNumbers.check(asn);
    }
  }

  /** A single origin. */
  public static RouteOrigin single(long asn) {
    return new RouteOrigin(List.of(asn), false, false);
  }

  /** Parses the origin column ({@code 701_7018}, {@code 1,2,3}, {@code {1,2}}, {@code 13335}). */
  public static RouteOrigin parse(String text) {
    List<Long> asns = new ArrayList<>(4);
    boolean asSet = false;
    int groups = 0;
    for (String group : text.split("_", -1)) {
      String members = group;
      if (members.startsWith("{") && members.endsWith("}") && members.length() > 2) {
        members = members.substring(1, members.length() - 1);
        asSet = true;
      }
      for (String member : members.split(",", -1)) {
        asns.add(AsNumbers.parse(member, text));
      }
      asSet |= members.indexOf(',') >= 0;
      groups++;
    }
    return new RouteOrigin(asns, groups > 1, asSet);
  }

  /** The primary (first listed) origin. */
  public long primary() {
    return asns.get(0);
  }
}
