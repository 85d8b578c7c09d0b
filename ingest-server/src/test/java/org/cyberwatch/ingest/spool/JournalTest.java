package org.cyberwatch.ingest.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JournalTest {

  private static final Instant T0 = Instant.parse("2025-05-27T23:31:11.802678Z");

  @TempDir Path dir;

  private Journal open(List<SpoolRecord> recovered, Forcer forcer) throws IOException {
    PersistentCounter seqs = PersistentCounter.open(dir.resolve("state/journal-seq"), 1);
    return Journal.open(dir.resolve("journal"), seqs, forcer, recovered::add);
  }

  private Journal open(List<SpoolRecord> recovered) throws IOException {
    return open(recovered, Forcer.FDATASYNC);
  }

  private static List<SpoolRecord> readAll(SegmentReader reader) throws IOException {
    List<SpoolRecord> out = new ArrayList<>();
    Optional<Frame> f;
    while ((f = reader.next()).isPresent()) {
      out.add(f.get().record());
    }
    return out;
  }

  @Test
  void framesReadBackAsTheRecordsAppended() throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(24, T0);
    Journal journal = open(new ArrayList<>());
    journal.append(records.subList(0, 10));
    journal.append(records.subList(10, 24));
    long seq = journal.roll().orElseThrow();

    try (SegmentReader reader = journal.reader(seq)) {
      assertEquals(records, readAll(reader));
    }
  }

  @Test
  void recordsAreRecoveredFromEverySegmentAtOpen() throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(9, T0);
    Journal journal = open(new ArrayList<>());
    journal.append(records.subList(0, 4));
    journal.roll();
    journal.append(records.subList(4, 9));
    journal.close();

    List<SpoolRecord> recovered = new ArrayList<>();
    Journal reopened = open(recovered);

    assertEquals(records, recovered);
    assertEquals(2, reopened.closedSegments().size());
    assertEquals(9, reopened.records());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // damage,             records left of 5
    "partial header,       5",
    "garbage without magic, 5",
    "length past the end,  5",
    "flipped payload byte, 4",
    "cut inside last frame, 4",
  })
  void tornTailOfTheLastSegmentIsCutAtTheFirstBadFrame(String damage, int left) throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(5, T0);
    Journal journal = open(new ArrayList<>());
    journal.append(records);
    long seq = journal.openSegment().seq();
    long lastFrame = journal.openSegment().bytes() - JournalFrame.size(records.get(4));
    journal.close();
    Path segment = Journal.segmentPath(dir.resolve("journal"), seq);
    damage(segment, damage, lastFrame);

    List<SpoolRecord> recovered = new ArrayList<>();
    open(recovered);

    assertEquals(records.subList(0, left), recovered);
    long goodBytes = records.subList(0, left).stream().mapToLong(JournalFrame::size).sum();
    assertEquals(goodBytes, Files.size(segment));
  }

  private static void damage(Path segment, String how, long lastFrame) throws IOException {
    try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
      long end = ch.size();
      switch (how) {
        case "partial header" -> ch.write(ByteBuffer.wrap(new byte[] {0x43, 0x57, 0x4a}), end);
        case "garbage without magic" -> ch.write(ByteBuffer.wrap("garbage garbage garbage".getBytes()), end);
        case "length past the end" -> ch.write(
            ByteBuffer.allocate(20).putInt(JournalFrame.MAGIC).putInt(1000).putInt(7).flip(), end);
        case "flipped payload byte" -> ch.write(ByteBuffer.wrap(new byte[] {'#'}), end - 2);
        case "cut inside last frame" -> ch.truncate(lastFrame + 30);
        default -> throw new IllegalArgumentException(how);
      }
    }
  }

  @Test
  void badFrameBeforeTheLastSegmentStopsTheOpen() throws IOException {
    Journal journal = open(new ArrayList<>());
    journal.append(SpoolFixtures.records(3, T0));
    long first = journal.roll().orElseThrow();
    journal.append(SpoolFixtures.records(2, T0.plusSeconds(1)));
    journal.close();
    damage(Journal.segmentPath(dir.resolve("journal"), first), "flipped payload byte", 0);

    IOException e = assertThrows(IOException.class, () -> open(new ArrayList<>()));
    assertTrue(e.getMessage().contains("corrupt before its end"), e.getMessage());
  }

  @Test
  void rollOfAnEmptySegmentChangesNothing() throws IOException {
    Journal journal = open(new ArrayList<>());
    long seq = journal.openSegment().seq();

    assertEquals(OptionalLong.empty(), journal.roll());
    assertEquals(seq, journal.openSegment().seq());
  }

  @Test
  void segmentNumbersNeverRepeatOnceAllSegmentsAreDeleted() throws IOException {
    Journal journal = open(new ArrayList<>());
    journal.append(SpoolFixtures.records(1, T0));
    long sealed = journal.roll().orElseThrow();
    journal.delete(sealed);
    long open = journal.openSegment().seq();
    journal.close();
    Files.delete(Journal.segmentPath(dir.resolve("journal"), open));

    Journal reopened = open(new ArrayList<>());

    assertTrue(reopened.openSegment().seq() > open, "seq " + reopened.openSegment().seq());
  }

  @Test
  void failedForceIsUndoneSoTheNextGroupStaysReadable() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    Forcer failsFirst = ch -> {
      if (calls.incrementAndGet() == 1) {
        throw new IOException("simulated EIO");
      }
      ch.force(false);
    };
    List<SpoolRecord> records = SpoolFixtures.records(3, T0);
    Journal journal = open(new ArrayList<>(), failsFirst);

    assertThrows(IOException.class, () -> journal.append(records.subList(0, 2)));
    journal.append(records.subList(2, 3));
    journal.close();
    List<SpoolRecord> recovered = new ArrayList<>();
    open(recovered);

    assertEquals(records.subList(2, 3), recovered);
  }

  @Test
  void journalRefusesAppendsOnceAFailureCannotBeUndone() throws IOException {
    Forcer alwaysFails = ch -> {
      throw new IOException("simulated dead disk");
    };
    Journal journal = open(new ArrayList<>(), alwaysFails);
    List<SpoolRecord> records = SpoolFixtures.records(2, T0);
    assertThrows(IOException.class, () -> journal.append(records.subList(0, 1)));

    IOException e = assertThrows(IOException.class, () -> journal.append(records.subList(1, 2)));
    assertTrue(e.getMessage().contains("refuses appends"), e.getMessage());
  }
}
