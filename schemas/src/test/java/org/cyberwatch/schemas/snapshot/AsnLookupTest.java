package org.cyberwatch.schemas.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link IpMetadataLookup#asn} and {@link IpMetadataLookup#prefixesOf} on the fixtures. */
class AsnLookupTest {

  private static final Ixp IX1 = new Ixp(1, "ix b7b05aa8", "Chicago", "US");
  private static IpMetadataLookup lookup;

  @BeforeAll
  static void load() throws IOException {
    lookup = IpMetadataLookup.forDay(Fixtures.dated(), LocalDate.parse("2023-05-01"));
  }

  @Test
  void asKnownToAs2orgHasItsNameAndOrganization() {
    assertEquals(
        new AsnMetadata(
            13335, "CLOUDFLARENET", "CLOUD14-ARIN", "Cloudflare, Inc.", "US", null, List.of()),
        lookup.asn(13335));
  }

  @Test
  void orgWithoutCountryFallsBackToTheRirCountryOfTheAsNumber() {
    assertEquals(
        new AsnMetadata(
            56203,
            "GTELECOM-AUSTRALIA",
            "@aut-56203-APNIC",
            "Gtelecom Pty Ltd",
            "AU",
            "AU",
            List.of()),
        lookup.asn(56203));
  }

  @Test
  void asOnlyInPeeringDbTakesNameOrganizationAndIxsFromIt() {
    assertEquals(
        new AsnMetadata(63312, "net 25304adc", null, "org c1ab780b", "US", null, List.of(IX1)),
        lookup.asn(63312));
  }

  @Test
  void asOnlyInARirAsnRangeHasItsCountry() {
    assertEquals(
        new AsnMetadata(24153, null, null, null, "CN", "CN", List.of()), lookup.asn(24153));
  }

  @Test
  void asNoSnapshotKnowsIsUnknownNotAnError() {
    assertEquals(AsnMetadata.unknown(64496), lookup.asn(64496));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, 4294967296L})
  void asNumberOutOfRangeIsRejected(long asn) {
    assertThrows(IllegalArgumentException.class, () -> lookup.asn(asn));
  }

  /** Every line of the RouteViews excerpts naming the AS, alone, in a MOAS or in an AS-set. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "56203; 1.0.4.0/22 1.0.4.0/24 1.0.5.0/24 1.0.6.0/24 1.0.7.0/24",
        "21302; 15.132.5.0/24 16.105.112.0/24 16.105.113.0/24",
        "6939; 5.152.177.0/24 5.152.179.0/24 5.152.181.0/24 5.152.182.0/24 5.152.183.0/24"
            + " 12.177.5.0/24 12.192.16.0/24 12.192.17.0/24 2001::/32",
        "1101; 2001::/32",
        "8111; 2001:410::/32",
        "64496; ''"
      })
  void prefixesOfListsEveryPrefixTheAsOriginates(long asn, String expected) {
    List<String> prefixes = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
    assertEquals(prefixes, lookup.prefixesOf(asn));
  }
}
