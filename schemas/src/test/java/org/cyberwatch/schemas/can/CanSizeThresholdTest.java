package org.cyberwatch.schemas.can;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cyberwatch.schemas.measurement.Measurement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A caller cuts cans the way OONI's uploader does: close a can once it is over the threshold. */
class CanSizeThresholdTest {

  private static final List<Measurement> MEASUREMENTS = GeneratedMeasurements.generate(1500);

  /** Compressed output a compressor may still hold when the threshold is checked. */
  private static final long HELD_BACK = 64 * 1024;

  private static final Map<CanFormat, Long> THRESHOLDS = new EnumMap<>(CanFormat.class);
  private static final Instant HOUR = Instant.parse("2024-02-14T09:00:00Z");

  @TempDir static Path dir;

  /** A threshold per format that gives about six cans (zstd compresses these copies far better). */
  @BeforeAll
  static void chooseThresholds() throws IOException {
    for (CanFormat format : CanFormat.values()) {
      Path whole = dir.resolve("whole" + format.extension());
      try (CanWriter writer = CanWriter.create(whole, format)) {
        for (Measurement m : MEASUREMENTS) {
          writer.append(m, null);
        }
      }
      THRESHOLDS.put(format, Files.size(whole) / 6);
    }
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void everyCutCanIsJustOverTheThresholdAndNothingIsLost(CanFormat format) throws IOException {
    long threshold = THRESHOLDS.get(format);
    List<Path> cans = writeCutting(format, threshold);

    List<Long> sizes = new ArrayList<>();
    for (Path can : cans) {
      sizes.add(Files.size(can));
    }
    List<Measurement> readBack = new ArrayList<>();
    for (Path can : cans) {
      CanRoundTripTest.readAll(can).forEach(e -> readBack.add(e.measurement()));
    }

    assertTrue(cans.size() >= 3, "only " + cans.size() + " cans");
    List<Long> closed = sizes.subList(0, sizes.size() - 1);
    assertTrue(
        closed.stream().allMatch(s -> s > threshold && s < threshold + HELD_BACK),
        threshold + " " + sizes);
    assertEquals(MEASUREMENTS, readBack);
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void bytesWrittenIsTheFileSizeOnceFinished(CanFormat format) throws IOException {
    Path can = dir.resolve("one-" + format.name() + format.extension());
    CanIndex index;
    long reported;
    try (CanWriter writer = CanWriter.create(can, format)) {
      for (Measurement m : MEASUREMENTS.subList(0, 100)) {
        writer.append(m, null);
      }
      index = writer.finish();
      reported = writer.bytesWritten();
    }

    assertEquals(List.of(Files.size(can), Files.size(can)), List.of(reported, index.canBytes()));
  }

  /** Writes all measurements into cans named like OONI's, starting a new one past the threshold. */
  private List<Path> writeCutting(CanFormat format, long threshold) throws IOException {
    List<Path> cans = new ArrayList<>();
    CanWriter writer = null;
    for (Measurement m : MEASUREMENTS) {
      if (writer == null) {
        Path can =
            dir.resolve(
                format.name()
                    + "-"
                    + CanKey.of(HOUR, "IT", "web_connectivity", "1", cans.size(), format)
                        .fileName());
        cans.add(can);
        writer = CanWriter.create(can, format);
      }
      writer.append(m, null);
      if (writer.exceeds(threshold)) {
        writer.finish();
        writer = null;
      }
    }
    if (writer != null) {
      writer.finish();
    }
    return cans;
  }
}
