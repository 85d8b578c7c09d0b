package org.cyberwatch.schemas.can;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.cyberwatch.schemas.measurement.OoniFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CanRoundTripTest {

  private static final List<Measurement> MEASUREMENTS = GeneratedMeasurements.generate(2000);
  private static final Map<CanFormat, Path> CANS = new EnumMap<>(CanFormat.class);
  private static final Map<CanFormat, CanIndex> INDEXES = new EnumMap<>(CanFormat.class);

  @TempDir static Path dir;

  @BeforeAll
  static void writeOneCanPerFormat() throws IOException {
    for (CanFormat format : CanFormat.values()) {
      Path can = dir.resolve("2024021409_IT_webconnectivity.n1.0" + format.extension());
      try (CanWriter writer = CanWriter.create(can, format)) {
        for (Measurement m : MEASUREMENTS) {
          writer.append(m, null);
        }
        INDEXES.put(format, writer.finish());
      }
      CANS.put(format, can);
    }
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void readsBackTheSameMeasurementsInOrder(CanFormat format) throws IOException {
    assertEquals(
        MEASUREMENTS,
        readAll(CANS.get(format)).stream().map(CanEntry::measurement).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void entriesCarryTheirNumberAndUid(CanFormat format) throws IOException {
    List<String> expected =
        IntStream.range(0, MEASUREMENTS.size())
            .mapToObj(i -> i + " " + MEASUREMENTS.get(i).measurementUid() + " ok")
            .collect(Collectors.toList());

    List<String> actual =
        readAll(CANS.get(format)).stream()
            .map(e -> e.number() + " " + e.measurementUid() + (e.ok() ? " ok" : " " + e.problem()))
            .collect(Collectors.toList());

    assertEquals(expected, actual);
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void indexListsEveryMeasurementInCanOrder(CanFormat format) {
    List<CanIndexEntry> expected =
        IntStream.range(0, MEASUREMENTS.size())
            .mapToObj(
                i ->
                    new CanIndexEntry(
                        i,
                        MEASUREMENTS.get(i).measurementUid(),
                        MEASUREMENTS.get(i).reportId(),
                        MEASUREMENTS.get(i).input()))
            .collect(Collectors.toList());

    assertEquals(expected, INDEXES.get(format).entries());
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void indexRecordsTheCanFileNameSizeAndDigest(CanFormat format) throws Exception {
    Path can = CANS.get(format);
    String sha256 =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(can)));

    CanIndex index = INDEXES.get(format);

    assertEquals(
        List.of(can.getFileName().toString(), format, Files.size(can), sha256),
        List.of(index.canName(), index.format(), index.canBytes(), index.canSha256()));
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void indexSidecarReadsBackEqual(CanFormat format) throws IOException {
    Path sidecar = CanIndex.sidecarOf(CANS.get(format));
    INDEXES.get(format).write(sidecar);

    assertEquals(INDEXES.get(format), CanIndex.read(sidecar));
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void formatIsRecognisedFromMagicBytesWhenTheNameSaysNothing(CanFormat format) throws IOException {
    try (CanReader reader =
        CanReader.open(Files.newInputStream(CANS.get(format)), "unnamed", CanReader.Mode.PARSE)) {
      assertEquals(
          List.of(format, MEASUREMENTS.get(0)),
          List.of(reader.format(), reader.next().measurement()));
    }
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void rawJsonAndPostBodiesAreStoredAsTheSameMeasurements(CanFormat format) throws IOException {
    List<String> names = OoniFixtures.names();
    Path can = dir.resolve("raw-" + format.name() + format.extension());
    try (CanWriter writer = CanWriter.create(can, format)) {
      for (int i = 0; i < names.size(); i++) {
        byte[] pretty = OoniFixtures.bytes(names.get(i));
        String uid = String.format("20240214090000.%06d_IT_webconnectivity_0123456789abcdef", i);
        if (i % 2 == 0) {
          writer.appendJson(pretty, uid);
        } else {
          writer.appendPost(post(pretty), uid);
        }
      }
    }

    assertEquals(
        OoniFixtures.all(),
        readAll(can).stream().map(CanEntry::measurement).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void rawModeHandsOutTheBytesWithoutParsing(CanFormat format) throws IOException {
    try (CanReader reader = CanReader.open(CANS.get(format), CanReader.Mode.RAW)) {
      CanEntry first = reader.next();

      assertEquals(
          List.of(true, MEASUREMENTS.get(0)),
          List.of(first.measurement() == null, MeasurementCodec.parse(first.json())));
    }
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void theSameMeasurementsGiveTheSameCanBytes(CanFormat format) throws IOException {
    Path again = dir.resolve("again" + format.extension());
    try (CanWriter writer = CanWriter.create(again, format)) {
      for (Measurement m : MEASUREMENTS) {
        writer.append(m, null);
      }
    }

    assertArrayEquals(Files.readAllBytes(CANS.get(format)), Files.readAllBytes(again));
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void aFinishedWriterTakesNoMoreMeasurements(CanFormat format) throws IOException {
    CanWriter writer =
        CanWriter.open(new ByteArrayOutputStream(), format, "x" + format.extension());
    writer.finish();

    assertThrows(IllegalStateException.class, () -> writer.append(MEASUREMENTS.get(0), null));
  }

  static List<CanEntry> readAll(Path can) throws IOException {
    List<CanEntry> entries = new ArrayList<>();
    try (CanReader reader = CanReader.open(can)) {
      reader.forEachRemaining(entries::add);
    }
    return entries;
  }

  /** A POST body as a probe sends it, pretty-printed, around {@code measurement}. */
  static byte[] post(byte[] measurement) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("{\n  \"format\": \"json\",\n  \"content\": ".getBytes(UTF_8));
    out.write(measurement);
    out.write("\n}".getBytes(UTF_8));
    return out.toByteArray();
  }
}
