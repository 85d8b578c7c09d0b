package org.cyberwatch.ingest.spool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolIndexTest {

  private static final Instant T0 = Instant.parse("2025-05-27T23:31:11.802678Z");

  @TempDir Path dir;

  private Journal open() throws IOException {
    PersistentCounter seqs = PersistentCounter.open(dir.resolve("state/journal-seq"), 1);
    return Journal.open(dir.resolve("journal"), seqs, Forcer.FDATASYNC, r -> { });
  }

  /** uid → position of every frame of segment {@code seq}, read sequentially. */
  private Map<String, FramePos> scan(long seq) throws IOException {
    Map<String, FramePos> out = new LinkedHashMap<>();
    try (SegmentReader reader = SegmentReader.open(Journal.segmentPath(dir.resolve("journal"), seq))) {
      Optional<Frame> f;
      while ((f = reader.next()).isPresent()) {
        out.put(f.get().record().uid(), new FramePos(seq, f.get().position()));
      }
    }
    return out;
  }

  private static Map<String, List<FramePos>> candidatesOf(SpoolIndex index, List<SpoolRecord> records) {
    Map<String, List<FramePos>> out = new LinkedHashMap<>();
    records.forEach(r -> out.put(r.uid(), index.candidates(r.uid())));
    return out;
  }

  private static Map<String, List<FramePos>> expected(Map<String, FramePos> scanned) {
    Map<String, List<FramePos>> out = new LinkedHashMap<>();
    scanned.forEach((uid, pos) -> out.put(uid, List.of(pos)));
    return out;
  }

  @Test
  void everyAppendedRecordIsIndexedAtItsFramePosition() throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(200, T0);
    Journal journal = open();
    journal.append(records.subList(0, 70));
    journal.append(records.subList(70, 200));
    long seq = journal.roll().orElseThrow();

    assertEquals(expected(scan(seq)), candidatesOf(journal.index(), records));
    assertEquals(200, journal.index().records());
  }

  @Test
  void positionsAreListedByBucketInJournalOrder() throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(40, T0);
    Journal journal = open();
    journal.append(records);
    long seq = journal.roll().orElseThrow();
    Map<String, FramePos> scanned = scan(seq);
    SortedMap<String, List<Long>> byBucket = new TreeMap<>();
    records.forEach(r -> byBucket.computeIfAbsent(r.bucket(), b -> new ArrayList<>())
        .add(scanned.get(r.uid()).position()));

    SortedMap<String, List<Long>> listed = new TreeMap<>();
    journal.index().positionsByBucket(seq).forEach((b, p) -> listed.put(b, boxed(p)));

    assertEquals(byBucket, listed);
    assertTrue(listed.size() > 1, "fixtures span several buckets: " + listed.keySet());
  }

  @Test
  void reopenRebuildsTheSameIndexFromTheSegments() throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(30, T0);
    Journal journal = open();
    journal.append(records.subList(0, 12));
    long first = journal.roll().orElseThrow();
    journal.append(records.subList(12, 30));
    Map<String, List<FramePos>> before = candidatesOf(journal.index(), records);
    SortedMap<String, List<FramePos>> groupsBefore = journal.index().positionsByBucket(List.of(first));
    journal.close();

    Journal reopened = open();

    assertEquals(before, candidatesOf(reopened.index(), records));
    assertEquals(groupsBefore, reopened.index().positionsByBucket(List.of(first)));
    assertEquals(30, reopened.index().records());
  }

  @Test
  void readReturnsTheRecordFromItsFrameAndNothingOnceTheSegmentIsDeleted() throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(5, T0);
    Journal journal = open();
    journal.append(records);
    long seq = journal.roll().orElseThrow();
    Optional<SpoolRecord> whileSpooled = journal.read(records.get(3).uid());

    journal.delete(seq);

    assertEquals(Optional.of(records.get(3)), whileSpooled);
    assertEquals(Optional.empty(), journal.read(records.get(3).uid()));
    assertEquals(List.of(), journal.index().candidates(records.get(3).uid()));
    assertEquals(0, journal.index().records());
  }

  @Test
  void frameWithABadCrcIsAnErrorNotData() throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(3, T0);
    Journal journal = open();
    journal.append(records);
    long seq = journal.roll().orElseThrow();
    FramePos second = journal.index().candidates(records.get(1).uid()).get(0);
    try (FileChannel ch = FileChannel.open(
        Journal.segmentPath(dir.resolve("journal"), seq), StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(new byte[] {'#'}), second.position() + JournalFrame.HEADER_BYTES + 60);
    }

    TornFrameException e = assertThrows(TornFrameException.class,
        () -> journal.read(records.get(1).uid()));
    assertTrue(e.getMessage().contains("CRC mismatch"), e.getMessage());
    assertEquals(Optional.of(records.get(2)), journal.read(records.get(2).uid()));
  }

  @Test
  void aKeySharedByTwoFramesYieldsBothPositionsInJournalOrder() {
    SegmentIndex index = new SegmentIndex();
    SpoolRecord r = SpoolFixtures.record("tor.json", T0);
    index.add(r.uid(), r.bucket(), 900);
    index.add(r.uid(), r.bucket(), 100);

    assertArrayEquals(new long[] {100, 900}, index.candidates(SegmentIndex.key(r.uid())));
    assertArrayEquals(new long[0], index.candidates(SegmentIndex.key(r.uid() + "x")));
  }

  private static List<Long> boxed(long[] values) {
    List<Long> out = new ArrayList<>(values.length);
    for (long v : values) {
      out.add(v);
    }
    return out;
  }
}
