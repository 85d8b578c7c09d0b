package org.cyberwatch.schemas.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** End to end on the fixture snapshot directory; expectations are lines of those files. */
class IpMetadataLookupTest {

  private static final LocalDate DAY = LocalDate.parse("2023-05-01");
  private static IpMetadataLookup lookup;

  @BeforeAll
  static void load() throws IOException {
    lookup = IpMetadataLookup.forDay(Fixtures.dated(), DAY);
  }

  /** Columns: ip; prefix; origin ASNs; AS name; org name; country; RIR cc (empty = null). */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "1.0.0.1; 1.0.0.0/24; 13335; CLOUDFLARENET; Cloudflare, Inc.; US; AU",
        "1.1.1.1; 1.1.1.0/24; 13335; CLOUDFLARENET; Cloudflare, Inc.; US;",
        "1.0.4.0; 1.0.4.0/24; 56203; GTELECOM-AUSTRALIA; Gtelecom Pty Ltd; AU; AU",
        "1.0.6.9; 1.0.6.0/24; 56203; GTELECOM-AUSTRALIA; Gtelecom Pty Ltd; AU; AU",
        "1.0.7.255; 1.0.7.0/24; 56203; GTELECOM-AUSTRALIA; Gtelecom Pty Ltd; AU;",
        "1.2.4.7; 1.2.4.0/24; 24409 24151 24406; CNNIC-CN-AP;"
            + " China Internet Network Information Center; CN; CN",
        "16.105.113.9; 16.105.113.0/24; 71 4445 7430 21302; HP-INTERNET-AS;"
            + " Hewlett Packard Enterprise Company; US;",
        "16.105.112.200; 16.105.112.0/24; 21302; ; ; ;",
        "16.105.111.255; 16.105.108.0/22; 13979; ; ; ;",
        "5.1.2.77; 5.1.2.0/24; 15785; ; ; UA; UA",
        "5.1.3.1; 5.1.3.0/24; 15785; ; ; UA; UA",
        "5.1.1.9; 5.1.0.0/23; 3326; ; ; UA; UA",
        "5.1.31.255; 5.1.16.0/20; 3326; ; ; UA; UA",
        "8.8.8.8; 8.8.8.0/24; 15169; GOOGLE; Google LLC; US;",
        "8.1.2.3; 8.0.0.0/12; 3356; LEVEL3; Level 3 Parent, LLC; US;",
        "2.0.0.1; 2.0.0.0/16; 3215; France Telecom - Orange; Orange S.A.; FR; FR",
        "::ffff:1.0.0.1; 1.0.0.0/24; 13335; CLOUDFLARENET; Cloudflare, Inc.; US; AU",
        "2001:200::1; 2001:200::/32; 2500; WIDE-BB; WIDE Project; JP; JP",
        "2001:200:e000::1; 2001:200:e000::/35; 7660; ; ; JP; JP",
        "2001:200:c000::1; 2001:200:c000::/35; 23634; ; ; ;",
        "2001:410::5; 2001:410::/32; 271 7860 8111; BCNET; BCNET; CA;",
        "2001::1; 2001::/32; 6939 1101 25192; HURRICANE; Hurricane Electric LLC; US;",
        "2001:320:4002:1000:ffff:ffff:ffff:ffff; 2001:320:4002:1000::/64; 1237; ; ; ;",
        "2001:320:4002:1001::; 2001:320::/32; 1237; ; ; ;"
      })
  void routedAddressGetsMostSpecificPrefixOriginAndNames(
      String ip,
      String prefix,
      String origins,
      String asName,
      String orgName,
      String country,
      String rirCc) {
    IpMetadata m = lookup.lookup(ip);
    List<Long> asns = Arrays.stream(origins.split(" ")).map(Long::valueOf).toList();
    assertEquals(
        Arrays.asList(
            AddressStatus.ROUTED, prefix, asns, asns.get(0), asName, orgName, country, rirCc),
        Arrays.asList(
            m.status(),
            m.prefix(),
            m.originAsns(),
            m.asn(),
            m.asName(),
            m.orgName(),
            m.country(),
            m.rirCc()));
  }

  @ParameterizedTest
  @CsvSource({
    "1.2.4.7, true, false",
    "16.105.113.9, false, true",
    "2001::1, true, false",
    "2001:410::5, false, true",
    "1.0.0.1, false, false"
  })
  void flagsMoasAndAsSetOrigins(String ip, boolean moas, boolean asSet) {
    RouteOrigin o = lookup.lookup(ip).origin();
    assertEquals(List.of(moas, asSet), List.of(o.moas(), o.asSet()));
  }

  /** Columns: ip; status; IX id; IX name; member AS holding exactly that address (0 = none). */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "206.223.116.101; NOT_ROUTED; 1; ix b7b05aa8; 63312",
        "206.223.116.5; NOT_ROUTED; 1; ix b7b05aa8; 0",
        "206.223.117.255; NOT_ROUTED; 1; ix b7b05aa8; 0",
        "206.223.123.101; NOT_ROUTED; 2; ix e7eccd56; 63313",
        "2001:504:0:1::65; NOT_ROUTED; 1; ix b7b05aa8; 63312",
        "2001:504:0:3:ffff:ffff:ffff:ffff; NOT_ROUTED; 2; ix e7eccd56; 0"
      })
  void addressOnAnIxPeeringLanNamesTheIx(
      String ip, AddressStatus status, long ixId, String ixName, long member) {
    IpMetadata m = lookup.lookup(ip);
    assertEquals(
        List.of(status, new Ixp(ixId, ixName, "Chicago", "US"), member),
        List.of(m.status(), m.ixp(), m.ixpMemberAsn()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"206.223.118.0", "206.223.115.255", "2001:504:0:2::1"})
  void addressJustOutsideAnIxLanHasNoIx(String ip) {
    assertEquals(null, lookup.lookup(ip).ixp());
  }

  @ParameterizedTest
  @ValueSource(strings = {"16.105.114.0", "1.0.8.0", "1.0.31.255", "2001:600::1", "223.1.2.3"})
  void publicAddressOutsideEveryPrefixIsNotRouted(String ip) {
    IpMetadata m = lookup.lookup(ip);
    assertEquals(
        List.of(AddressStatus.NOT_ROUTED, 0L, List.of()),
        List.of(m.status(), m.asn(), m.originAsns()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.1.2.3",
        "192.168.1.1",
        "172.31.255.255",
        "127.0.0.1",
        "100.64.0.1",
        "169.254.1.1",
        "224.0.0.1",
        "255.255.255.255",
        "0.0.0.0",
        "192.0.2.1",
        "198.51.100.7",
        "203.0.113.9",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "2001:db8::1",
        "::ffff:10.0.0.1"
      })
  void specialPurposeAddressIsAClearUnknown(String ip) {
    assertEquals(
        IpMetadata.unknown(ip, AddressStatus.SPECIAL_PURPOSE, lookup.provenance()),
        lookup.lookup(ip));
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-an-ip", "1.2.3", "", "1.2.3.4/24", "2001:db8::/32", "1.2.3.256"})
  void invalidInputIsRejectedNamingIt(String ip) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> lookup.lookup(ip));
    assertTrue(e.getMessage().contains("'" + ip + "'"), e.getMessage());
  }

  @Test
  void everyResultCarriesTheProvenanceOfTheChosenSnapshots() {
    assertSame(lookup.provenance(), lookup.lookup("1.0.0.1").provenance());
    assertEquals(
        List.of(
            "20230401.as-org2info.txt",
            "delegated-apnic-extended-20230501",
            "delegated-ripencc-extended-20230501",
            "peeringdb_2_dump_2023_05_01",
            "routeviews-rv2-20230501-1200.pfx2as.gz",
            "routeviews-rv6-20230501-1200.pfx2as.gz"),
        lookup.provenance().stream().map(SnapshotProvenance::referenceName).toList());
  }

  @Test
  void familyWithoutAChosenSnapshotHasNoRoutingData() throws IOException {
    List<SnapshotFile> noV6 =
        SnapshotCatalog.scan(Fixtures.dated()).select(DAY).files().stream()
            .filter(f -> f.kind() != SnapshotKind.PFX2AS_V6)
            .toList();
    IpMetadataLookup v4Only = IpMetadataLookup.load(new SnapshotSelection(DAY, noV6));
    IpMetadata m = v4Only.lookup("2001:200::1");
    assertEquals(List.of(AddressStatus.NO_ROUTING_DATA, "JP"), List.of(m.status(), m.country()));
  }

  @Test
  void dayBeforeEverySnapshotLoadsNothingAndAnswersUnknown() throws IOException {
    IpMetadataLookup none =
        IpMetadataLookup.forDay(Fixtures.dated(), LocalDate.parse("2023-03-31"));
    assertEquals(
        IpMetadata.unknown("1.0.0.1", AddressStatus.NO_ROUTING_DATA, List.of()),
        none.lookup("1.0.0.1"));
  }
}
