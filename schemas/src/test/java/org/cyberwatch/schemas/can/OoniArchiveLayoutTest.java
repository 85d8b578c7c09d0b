package org.cyberwatch.schemas.can;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.cyberwatch.schemas.measurement.OoniFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory laid out like OONI's public bucket, written the way OONI's own tools write it (Python
 * gzip for JSONL, tar of spool files for postcans), is found through {@link CanKey} and read with
 * {@link CanReader}.
 */
class OoniArchiveLayoutTest {

  private static final String ID_FIXTURE =
      "20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3";
  private static final String LEGACY =
      "jsonl/webconnectivity/IT/20200826/00/20200826_IT_webconnectivity.l.0.jsonl.gz";
  private static final String RAW_JSONL =
      "raw/20250527/23/ID/webconnectivity/2025052723_ID_webconnectivity.n1.0.jsonl.gz";
  private static final String RAW_POSTCAN =
      "raw/20250527/23/ID/webconnectivity/2025052723_ID_webconnectivity.n1.0.tar.gz";

  @TempDir Path bucket;

  @BeforeEach
  void layOutTheArchive() throws IOException {
    byte[] web = OoniFixtures.bytes("ts-017-web-connectivity.example.json");
    byte[] id = OoniFixtures.bytes(ID_FIXTURE + ".json");
    gzipLines(LEGACY, oneLine(web), oneLine(web));
    gzipLines(RAW_JSONL, oneLine(id));
    postcan(
        RAW_POSTCAN,
        "var/lib/ooniapi/measurements/incoming/2025052723_ID_webconnectivity/"
            + ID_FIXTURE
            + ".post",
        CanRoundTripTest.post(id));
    Files.writeString(bucket.resolve("raw/20250527/23/ID/webconnectivity/README.txt"), "not a can");
    Files.write(bucket.resolve(RAW_JSONL + CanIndex.SIDECAR_SUFFIX), new byte[] {1});
  }

  @Test
  void findsEveryCanAndOnlyCans() throws IOException {
    assertEquals(List.of(LEGACY, RAW_JSONL, RAW_POSTCAN), new ArrayList<>(cans().keySet()));
  }

  @Test
  void keysGiveDayHourCountryAndTestName() throws IOException {
    List<String> described =
        cans().values().stream()
            .map(
                k ->
                    k.day() + " " + k.hour() + " " + k.cc() + " " + k.testName() + " " + k.format())
            .collect(Collectors.toList());

    assertEquals(
        List.of(
            "2020-08-26 OptionalInt.empty IT webconnectivity JSONL_GZ",
            "2025-05-27 OptionalInt[23] ID webconnectivity JSONL_GZ",
            "2025-05-27 OptionalInt[23] ID webconnectivity POSTCAN_TAR_GZ"),
        described);
  }

  @Test
  void everyCanReadsAsMeasurementsOfItsCountryAndTest() throws IOException {
    List<String> read = new ArrayList<>();
    for (Map.Entry<String, CanKey> can : cans().entrySet()) {
      try (CanReader reader = CanReader.open(bucket.resolve(can.getKey()))) {
        reader.forEachRemaining(
            e ->
                read.add(
                    can.getValue().cc()
                        + " "
                        + e.measurement().probeCc()
                        + " "
                        + e.measurement().compactTestName()
                        + " "
                        + e.number()
                        + " "
                        + e.measurementUid()));
      }
    }

    assertEquals(
        List.of(
            "IT IT webconnectivity 0 null",
            "IT IT webconnectivity 1 null",
            "ID ID webconnectivity 0 null",
            "ID ID webconnectivity 0 " + ID_FIXTURE),
        read);
  }

  @Test
  void aPostcanEntryIsTheSameMeasurementAsItsJsonlLine() throws IOException {
    try (CanReader jsonl = CanReader.open(bucket.resolve(RAW_JSONL));
        CanReader postcan = CanReader.open(bucket.resolve(RAW_POSTCAN))) {
      assertEquals(jsonl.next().measurement(), postcan.next().measurement());
    }
  }

  private Map<String, CanKey> cans() throws IOException {
    Map<String, CanKey> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(bucket)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Optional<CanKey> key = CanKey.tryParse(p.toString());
        key.ifPresent(k -> found.put(k.toPath(), k));
      }
    }
    return found;
  }

  /** A pretty-printed fixture as one JSONL line (newlines are JSON whitespace). */
  private static byte[] oneLine(byte[] json) {
    return new String(json, UTF_8).strip().replace('\n', ' ').getBytes(UTF_8);
  }

  private void gzipLines(String key, byte[]... lines) throws IOException {
    Path file = bucket.resolve(key);
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (byte[] line : lines) {
        out.write(line);
        out.write('\n');
      }
    }
  }

  private void postcan(String key, String member, byte[] post) throws IOException {
    Path file = bucket.resolve(key);
    Files.createDirectories(file.getParent());
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      TarArchiveEntry e = new TarArchiveEntry(member);
      e.setSize(post.length);
      tar.putArchiveEntry(e);
      tar.write(post);
      tar.closeArchiveEntry();
    }
  }
}
