package org.cyberwatch.schemas.can;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cyberwatch.schemas.measurement.Measurement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reader pulls compressed bytes only as entries are asked for, through fixed buffers; that is
 * what keeps memory constant for any can size (nothing is read ahead or collected). A big can is
 * made without storing it: JSON Lines cans may be concatenated gzip members or zstd frames, so the
 * same can repeated is one valid, larger can.
 */
class CanReaderLazinessTest {

  /** What the reader may read ahead: 64 KiB input buffer plus zstd's 128 KiB source buffer. */
  private static final long READ_AHEAD = 256 * 1024;

  private static final int COPIES = 40;
  private static final List<Measurement> MEASUREMENTS = GeneratedMeasurements.generate(1500);
  private static final Map<CanFormat, byte[]> CANS = new EnumMap<>(CanFormat.class);

  @TempDir static Path dir;

  @BeforeAll
  static void writeCans() throws IOException {
    for (CanFormat format : CanFormat.values()) {
      Path can = dir.resolve("lazy" + format.extension());
      try (CanWriter writer = CanWriter.create(can, format)) {
        for (Measurement m : MEASUREMENTS) {
          writer.append(m, null);
        }
      }
      CANS.put(format, Files.readAllBytes(can));
    }
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void theFirstEntryNeedsOnlyTheStartOfABigCan(CanFormat format) throws IOException {
    CountingInputStream in = big(format);
    try (CanReader reader = open(in, format)) {
      reader.next();
    }

    assertTrue(in.size > 4 * READ_AHEAD, "can of " + in.size + " bytes is too small to tell");
    assertTrue(in.count <= READ_AHEAD, in.count + " of " + in.size + " bytes read for one entry");
  }

  @ParameterizedTest
  @EnumSource(
      value = CanFormat.class,
      names = {"JSONL_GZ", "JSONL_ZST"})
  void bytesAreConsumedAsEntriesAreTaken(CanFormat format) throws IOException {
    CountingInputStream in = big(format);
    long oneCan = CANS.get(format).length;
    try (CanReader reader = open(in, format)) {
      for (int i = 0; i < 2 * MEASUREMENTS.size() - 1; i++) {
        reader.next();
      }
      Measurement last = reader.next().measurement();

      assertEquals(MEASUREMENTS.get(MEASUREMENTS.size() - 1), last);
      assertTrue(
          Math.abs(in.count - 2 * oneCan) <= READ_AHEAD,
          in.count + " bytes read for two of " + COPIES + " cans of " + oneCan);
    }
  }

  @ParameterizedTest
  @EnumSource(value = CanFormat.class, names = "POSTCAN_TAR_GZ")
  void postcanBytesAreConsumedAsMembersAreTaken(CanFormat format) throws IOException {
    CountingInputStream in = big(format);
    try (CanReader reader = open(in, format)) {
      for (int i = 0; i < MEASUREMENTS.size() / 2; i++) {
        reader.next();
      }
      long half = in.count;
      reader.forEachRemaining(e -> {});

      assertTrue(Math.abs(half - in.size / 2) <= READ_AHEAD, half + " of " + in.size);
      assertEquals(in.size, in.count);
    }
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void aStreamStopsReadingWhenTheConsumerStopsAndClosesTheCan(CanFormat format) throws IOException {
    CountingInputStream in = big(format);

    try (Stream<CanEntry> entries = open(in, format).stream()) {
      assertEquals(3, entries.limit(3).count());
    }

    assertTrue(in.count <= READ_AHEAD, in.count + " of " + in.size);
    assertTrue(in.closed, "closing the stream closes the reader");
  }

  private static CanReader open(InputStream in, CanFormat format) throws IOException {
    return CanReader.open(in, "big" + format.extension(), CanReader.Mode.PARSE);
  }

  /** JSON Lines: the can {@value #COPIES} times over; postcan: the can itself. */
  private static CountingInputStream big(CanFormat format) {
    byte[] can = CANS.get(format);
    int copies = format.isJsonl() ? COPIES : 1;
    List<InputStream> parts =
        Collections.nCopies(copies, can).stream()
            .map(ByteArrayInputStream::new)
            .collect(Collectors.toList());
    return new CountingInputStream(
        new SequenceInputStream(Collections.enumeration(parts)), (long) copies * can.length);
  }

  private static final class CountingInputStream extends FilterInputStream {
    final long size;
    long count;
    boolean closed;

    CountingInputStream(InputStream in, long size) {
      super(in);
      this.size = size;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
