package org.cyberwatch.schemas.snapshot;

import java.util.List;

/**
 * One family's route table with the metadata of each distinct origin's primary AS resolved at build
 * time, so a lookup reaches names and countries by array index, without hashing.
 */
final class RoutedFamily {

  private final RouteTable table;
  private final AsnMetadata[] primary;
  private final String[] as2orgCountry;

  RoutedFamily(RouteTable table, AsnDirectory asns, As2OrgSnapshot as2org) {
    this.table = table;
    this.primary = new AsnMetadata[table.originCount()];
    this.as2orgCountry = new String[table.originCount()];
    for (int i = 0; i < primary.length; i++) {
      long asn = table.origin(i).primary();
      primary[i] = asns.get(asn);
      as2orgCountry[i] =
          as2org.orgOf(asn).map(CaidaOrg::country).map(AsnMetadata::blankToNull).orElse(null);
    }
  }

  RouteTable table() {
    return table;
  }

  /**
   * The routed part of the answer for {@code address}: status ROUTED with prefix, origin and
   * countries, or NOT_ROUTED with only the RIR country.
   */
  IpMetadata lookup(
      String ip,
      IpPrefix address,
      RirCountry rir,
      Ixp ixp,
      long portAsn,
      List<SnapshotProvenance> provenance) {
    String rirCc = rir == null ? null : rir.cc();
    int node = table.match(address);
    if (node < 0) {
      return new IpMetadata(
          ip, AddressStatus.NOT_ROUTED, null, null, null, rirCc, rir, ixp, portAsn, provenance);
    }
    int o = table.originIndex(node);
    AsnMetadata as = primary[o];
    String country =
        as2orgCountry[o] != null ? as2orgCountry[o] : rirCc != null ? rirCc : as.country();
    return new IpMetadata(
        ip,
        AddressStatus.ROUTED,
        table.prefixText(node),
        table.origin(o),
        as,
        country,
        rir,
        ixp,
        portAsn,
        provenance);
  }
}
