package org.cyberwatch.ingest.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.cyberwatch.ingest.testing.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotGeoLocatorTest {

  private static final Instant DAY = Instant.parse("2023-05-02T10:00:00Z");
  private static SnapshotGeoLocator geo;

  @BeforeAll
  static void load() throws IOException {
    geo = SnapshotGeoLocator.open(ApiFixtures.path("snapshots/dated"), new MutableClock(DAY));
  }

  /** Columns: address; AS; country; AS name (empty = none) — as the snapshot fixtures say. */
  @ParameterizedTest
  @CsvSource({"1.1.1.1, 13335, US, CLOUDFLARENET", "8.8.8.8, 15169, US, GOOGLE",
      "2.0.0.1, 3215, FR, France Telecom - Orange", "1.0.4.0, 56203, AU, GTELECOM-AUSTRALIA",
      "2001:200::1, 2500, JP, WIDE-BB", "::ffff:1.1.1.1, 13335, US, CLOUDFLARENET", "5.1.2.77, 15785, UA,"})
  void routedAddressGetsItsOriginAsAndCountry(String ip, long asn, String cc, String name) {
    assertEquals(new GeoInfo(asn, cc, name), geo.locate(ip));
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "192.168.1.1", "::1", "fd00::1", "203.0.113.9", "223.1.2.3"})
  void privateDocumentationAndUnroutedAddressesAreUnknown(String ip) {
    assertEquals(GeoInfo.UNKNOWN, geo.locate(ip));
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "1.2.3", ""})
  void nonAddressIsRefused(String ip) {
    assertThrows(IllegalArgumentException.class, () -> geo.locate(ip));
  }

  @Test
  void snapshotsAddedLaterAreUsedFromTheNextDay(@TempDir Path dir) throws IOException {
    MutableClock clock = new MutableClock(DAY);
    SnapshotGeoLocator empty = SnapshotGeoLocator.open(dir, clock);
    GeoInfo before = empty.locate("1.1.1.1");
    Path rv2 = ApiFixtures.path("snapshots/dated/routeviews-rv2-20230501-1200.pfx2as.gz");
    Files.copy(rv2, dir.resolve(rv2.getFileName()));
    empty.refresh();
    GeoInfo sameDay = empty.locate("1.1.1.1");
    clock.advance(Duration.ofDays(1));
    empty.refresh();

    assertEquals(java.util.List.of(0L, 0L, 13335L),
        java.util.List.of(before.asn(), sameDay.asn(), empty.locate("1.1.1.1").asn()));
  }
}
