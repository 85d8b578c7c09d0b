package org.cyberwatch.schemas.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapshotCatalogTest {

  /** A snapshot tree with several dates per dataset (empty files: selection reads names only). */
  private static final List<String> TREE =
      List.of(
          "caida/routeviews-rv2-20240101-1200.pfx2as.gz",
          "caida/routeviews-rv2-20240101-0000.pfx2as.gz",
          "caida/routeviews-rv2-20240115-0000.pfx2as.gz",
          "caida/routeviews-rv2-20240201-1200.pfx2as.gz",
          "caida/routeviews-rv6-20240110-0800.pfx2as.gz",
          "caida/20240101.as-org2info.txt.gz",
          "caida/20240101.as-org2info.jsonl.gz",
          "peeringdb_2_dump_2024_01_20.json",
          "rir/delegated-ripencc-extended-20231231",
          "rir/delegated-apnic-20240105",
          "rir/delegated-apnic-extended-20240105",
          "rir/delegated-apnic-extended-latest",
          "rir/delegated-arin-extended-20240102.md5",
          "README.md");

  @TempDir static Path tree;

  @BeforeAll
  static void writeTree() throws IOException {
    for (String name : TREE) {
      Path p = tree.resolve(name);
      Files.createDirectories(p.getParent());
      Files.createFile(p);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "routeviews-rv2-20240101-1200.pfx2as.gz, false, pfx2as-v4, 2024-01-01T12:00:00Z",
    "routeviews-rv6-20240229-0600.pfx2as.gz, false, pfx2as-v6, 2024-02-29T06:00:00Z",
    "routeviews-rv2-20240101-1200.pfx2as, false, pfx2as-v4, 2024-01-01T12:00:00Z",
    "routeviews-rv2-20240101-1200.pfx2as.bz2, false, pfx2as-v4, 2024-01-01T12:00:00Z",
    "20240101.as-org2info.txt.gz, false, as2org, 2024-01-01T00:00:00Z",
    "20240101.as-org2info.txt, false, as2org, 2024-01-01T00:00:00Z",
    "peeringdb_2_dump_2024_01_01.json, false, peeringdb, 2024-01-01T00:00:00Z",
    "peeringdb_2_dump_2024_01_01, true, peeringdb, 2024-01-01T00:00:00Z",
    "delegated-ripencc-extended-20240101, false, delegated-ripencc, 2024-01-01T00:00:00Z",
    "delegated-apnic-extended-20240101.gz, false, delegated-apnic, 2024-01-01T00:00:00Z",
    "delegated-lacnic-20240101, false, delegated-lacnic, 2024-01-01T00:00:00Z"
  })
  void recognisesPublishedNames(String name, boolean dir, String dataset, Instant time) {
    SnapshotFile f = SnapshotFileNames.recognise(Path.of(name), dir).orElseThrow();
    assertEquals(List.of(dataset, time), List.of(f.dataset(), f.referenceTime()));
  }

  @ParameterizedTest
  @CsvSource({
    "20240101.as-org2info.jsonl.gz, false",
    "peeringdb_2_dump_2024_01_01, false",
    "peeringdb_2_dump_2024_01_01.json, true",
    "delegated-arin-extended-latest, false",
    "delegated-ripencc-extended-20240101.md5, false",
    "delegated-iana-20240101, false",
    "routeviews-rv2-20241301-1200.pfx2as.gz, false",
    "routeviews-rv2-20240101-2460.pfx2as.gz, false",
    "routeviews-rv4-20240101-1200.pfx2as.gz, false",
    "RouteViewIPv4.incomplete.gz, false",
    "routeviews-rv2-20240101-1200.pfx2as.gz, true"
  })
  void ignoresOtherNames(String name, boolean dir) {
    assertEquals(java.util.Optional.empty(), SnapshotFileNames.recognise(Path.of(name), dir));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "2023-12-30; ''",
        "2023-12-31; delegated-ripencc=delegated-ripencc-extended-20231231",
        "2024-01-01; as2org=20240101.as-org2info.txt.gz"
            + " delegated-ripencc=delegated-ripencc-extended-20231231"
            + " pfx2as-v4=routeviews-rv2-20240101-1200.pfx2as.gz",
        "2024-01-14; as2org=20240101.as-org2info.txt.gz"
            + " delegated-apnic=delegated-apnic-extended-20240105"
            + " delegated-ripencc=delegated-ripencc-extended-20231231"
            + " pfx2as-v4=routeviews-rv2-20240101-1200.pfx2as.gz"
            + " pfx2as-v6=routeviews-rv6-20240110-0800.pfx2as.gz",
        "2024-01-20; as2org=20240101.as-org2info.txt.gz"
            + " delegated-apnic=delegated-apnic-extended-20240105"
            + " delegated-ripencc=delegated-ripencc-extended-20231231"
            + " peeringdb=peeringdb_2_dump_2024_01_20.json"
            + " pfx2as-v4=routeviews-rv2-20240115-0000.pfx2as.gz"
            + " pfx2as-v6=routeviews-rv6-20240110-0800.pfx2as.gz",
        "2030-01-01; as2org=20240101.as-org2info.txt.gz"
            + " delegated-apnic=delegated-apnic-extended-20240105"
            + " delegated-ripencc=delegated-ripencc-extended-20231231"
            + " peeringdb=peeringdb_2_dump_2024_01_20.json"
            + " pfx2as-v4=routeviews-rv2-20240201-1200.pfx2as.gz"
            + " pfx2as-v6=routeviews-rv6-20240110-0800.pfx2as.gz"
      })
  void choosesPerDatasetTheNewestDatedOnOrBeforeTheDay(LocalDate day, String expected)
      throws IOException {
    SnapshotSelection s = SnapshotCatalog.scan(tree).select(day);
    String chosen =
        s.files().stream()
            .map(f -> f.dataset() + "=" + f.referenceName())
            .collect(Collectors.joining(" "));
    assertEquals(expected, chosen);
  }

  @Test
  void scanListsOnlyDatedSnapshotFilesOrderedByDatasetThenTime() throws IOException {
    assertEquals(
        List.of(
            "20240101.as-org2info.txt.gz",
            "delegated-apnic-20240105",
            "delegated-apnic-extended-20240105",
            "delegated-ripencc-extended-20231231",
            "peeringdb_2_dump_2024_01_20.json",
            "routeviews-rv2-20240101-0000.pfx2as.gz",
            "routeviews-rv2-20240101-1200.pfx2as.gz",
            "routeviews-rv2-20240115-0000.pfx2as.gz",
            "routeviews-rv2-20240201-1200.pfx2as.gz",
            "routeviews-rv6-20240110-0800.pfx2as.gz"),
        SnapshotCatalog.scan(tree).files().stream().map(SnapshotFile::referenceName).toList());
  }

  @Test
  void provenanceNamesTheChosenFilesAndTheirTimes() throws IOException {
    SnapshotSelection s = SnapshotCatalog.scan(tree).select(LocalDate.parse("2024-01-01"));
    assertEquals(
        List.of(
            new SnapshotProvenance(
                "as2org", "20240101.as-org2info.txt.gz", Instant.parse("2024-01-01T00:00:00Z")),
            new SnapshotProvenance(
                "delegated-ripencc",
                "delegated-ripencc-extended-20231231",
                Instant.parse("2023-12-31T00:00:00Z")),
            new SnapshotProvenance(
                "pfx2as-v4",
                "routeviews-rv2-20240101-1200.pfx2as.gz",
                Instant.parse("2024-01-01T12:00:00Z"))),
        s.provenance());
  }

  @Test
  void scansTheFixtureDirectory() throws IOException {
    SnapshotSelection s =
        SnapshotCatalog.scan(Fixtures.dated()).select(LocalDate.parse("2023-05-01"));
    assertEquals(
        List.of(
            "as2org",
            "delegated-apnic",
            "delegated-ripencc",
            "peeringdb",
            "pfx2as-v4",
            "pfx2as-v6"),
        s.files().stream().map(SnapshotFile::dataset).toList());
  }

  @Test
  void catalogOfAListingSelectsLikeAScan() throws IOException {
    SnapshotCatalog scanned = SnapshotCatalog.scan(tree);
    List<SnapshotFile> reversed = new ArrayList<>(scanned.files());
    Collections.reverse(reversed);
    SnapshotCatalog listed = SnapshotCatalog.of(reversed);
    LocalDate day = LocalDate.parse("2024-01-20");
    assertEquals(scanned.select(day), listed.select(day));
  }

  @Test
  void missingDirectoryIsAnError() {
    assertThrows(IOException.class, () -> SnapshotCatalog.scan(tree.resolve("nope")));
  }
}
