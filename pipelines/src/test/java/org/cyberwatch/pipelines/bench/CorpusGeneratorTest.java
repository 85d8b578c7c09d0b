package org.cyberwatch.pipelines.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cyberwatch.pipelines.parse.MeasurementIdentity;
import org.cyberwatch.schemas.can.CanEntry;
import org.cyberwatch.schemas.can.CanKey;
import org.cyberwatch.schemas.can.CanReader;
import org.cyberwatch.schemas.id.MeasurementUid;
import org.cyberwatch.schemas.id.ReportId;
import org.cyberwatch.schemas.measurement.Measurement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench corpus generator over the module's real fixture measurements ({@code
 * src/test/resources/fixtures}, sources in its README): deterministic, varied, valid, small.
 */
class CorpusGeneratorTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final int N = 400;
  private static final long SEED = 7;

  @TempDir static Path work;
  private static SeedDocuments seeds;
  private static Corpus corpus;
  private static List<Read> read;

  /** One entry read back: where it was and what it holds. */
  record Read(Path can, CanEntry entry) {
    Measurement m() {
      return entry.measurement();
    }
  }

  @BeforeAll
  static void generate() throws IOException {
    seeds = SeedDocuments.load(List.of(FIXTURES));
    corpus = new CorpusGenerator(seeds, SEED).write(work.resolve("a"), N);
    read = readBack(corpus);
  }

  @Test
  void sameArgumentsWriteIdenticalCans() throws IOException {
    Corpus again = new CorpusGenerator(seeds, SEED).write(work.resolve("b"), N);
    assertEquals(relative(corpus), relative(again));
    assertArrayEquals(bytesOf(corpus), bytesOf(again));
  }

  @Test
  void anotherCorpusSeedGivesOtherMeasurements() {
    assertNotEquals(firstUids(SEED), firstUids(SEED + 1));
  }

  @Test
  void everyEntryParsesAsAValidMeasurementWithItsUid() {
    assertEquals(N, corpus.measurements());
    assertEquals(N, read.size());
    assertEquals(List.of(), read.stream().filter(r -> !r.entry().ok()).toList());
    assertEquals(Set.of(true), read.stream()
        .map(r -> MeasurementUid.isValid(r.m().measurementUid())).collect(Collectors.toSet()));
  }

  @Test
  void noDocumentExceeds64KiB() {
    int largest = read.stream().mapToInt(r -> r.entry().json().length).max().orElseThrow();
    assertTrue(largest <= 64 * 1024, "largest document " + largest);
    assertEquals(largest, corpus.largestDocument());
  }

  @Test
  void countriesAsnsTimesInputsAndReportIdsVary() {
    assertTrue(distinct(Measurement::probeCc) >= 10, "countries");
    assertTrue(distinct(Measurement::probeAsn) >= 20, "ASNs");
    assertTrue(distinct(m -> LocalDate.ofInstant(m.startInstant(), ZoneOffset.UTC)) >= 3, "days");
    assertEquals(N, distinct(Measurement::reportId));
    assertEquals(N, distinct(Measurement::measurementUid));
    long httpInputs = read.stream().map(r -> r.m().input())
        .filter(i -> i != null && i.startsWith("http")).count();
    assertTrue(distinct(Measurement::input) > httpInputs / 2, "inputs");
  }

  @Test
  void testNamesOfEverySeedAppear() {
    Set<String> seedTests = seeds.documents().stream().map(Measurement::testName)
        .collect(Collectors.toSet());
    assertEquals(seedTests, read.stream().map(r -> r.m().testName()).collect(Collectors.toSet()));
  }

  @Test
  void reportIdsNameTheProbeNetworkAndTest() {
    List<String> mismatched = new ArrayList<>();
    for (Read r : read) {
      ReportId id = ReportId.parse(r.m().reportId());
      if (!id.cc().equals(r.m().probeCc()) || id.asn() != r.m().probeAsnNumber()
          || !id.testName().equals(r.m().compactTestName())) {
        mismatched.add(r.m().reportId());
      }
    }
    assertEquals(List.of(), mismatched);
  }

  @Test
  void cansFollowOonisLayoutAndHoldTheirCountryAndTest() {
    List<String> misplaced = new ArrayList<>();
    for (Read r : read) {
      CanKey key = CanKey.parse(corpus.root().relativize(r.can()).toString());
      if (!key.cc().equals(r.m().probeCc()) || !key.testName().equals(r.m().compactTestName())) {
        misplaced.add(r.can() + " " + r.m());
      }
    }
    assertEquals(List.of(), misplaced);
  }

  @Test
  void everyMeasurementHasItsOwnContentSoDedupeKeepsAll() {
    long hashes = read.stream().map(r -> MeasurementIdentity.identify(r.m(), null, "c", 0)
        .contentHash()).distinct().count();
    assertEquals(N, hashes);
  }

  @Test
  void seedsSkipFilesThatAreNotMeasurementsAndRepeatedDocuments() throws IOException {
    SeedDocuments twice = SeedDocuments.load(List.of(FIXTURES, FIXTURES));
    assertEquals(seeds.documents().size(), twice.documents().size());
    assertEquals(seeds.digest(), twice.digest());
    assertTrue(seeds.skipped().stream().anyMatch(s -> s.contains("corpus_scores.json")),
        seeds.skipped().toString());
  }

  @Test
  void manifestReusesOnlyACorpusMadeWithTheSameArguments() throws IOException {
    CorpusManifest.write(corpus, SEED, seeds);
    assertEquals(corpus.cans(), CorpusManifest.reuse(corpus.root(), N, SEED, seeds)
        .orElseThrow().cans());
    assertTrue(CorpusManifest.reuse(corpus.root(), N, SEED + 1, seeds).isEmpty());
    assertTrue(CorpusManifest.reuse(corpus.root(), N + 1, SEED, seeds).isEmpty());
  }

  private static long distinct(Function<Measurement, Object> field) {
    return read.stream().map(r -> field.apply(r.m())).distinct().count();
  }

  private static List<String> firstUids(long corpusSeed) {
    CorpusGenerator g = new CorpusGenerator(seeds, corpusSeed);
    return g.plan(20).stream().map(e -> g.measurement(e).measurementUid()).toList();
  }

  private static List<Read> readBack(Corpus c) throws IOException {
    List<Read> out = new ArrayList<>();
    for (Path can : c.cans()) {
      try (CanReader r = CanReader.open(can)) {
        r.forEachRemaining(e -> out.add(new Read(can, e)));
      }
    }
    return out;
  }

  private static List<String> relative(Corpus c) {
    return c.cans().stream().map(p -> c.root().relativize(p).toString()).toList();
  }

  private static byte[] bytesOf(Corpus c) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    for (Path can : c.cans()) {
      out.write(Files.readAllBytes(can));
    }
    return out.toByteArray();
  }
}
