package org.cyberwatch.ingest.spool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolQueueTest {

  private static final Instant T0 = Instant.parse("2025-05-27T23:31:11.802678Z");

  @TempDir Path dir;
  private final IngestMetrics metrics = new IngestMetrics();

  private SpoolSettings settings() {
    return SpoolSettings.defaults(dir).withDiskFloorBytes(0);
  }

  private long fsyncs() {
    return metrics.fsyncSeconds.collect().getDataPoints().get(0).getCount();
  }

  @Test
  void acknowledgedMeasurementIsReadableAtOnceFromTheJournalAndNoPostFileIsWritten() throws Exception {
    SpoolRecord r = SpoolFixtures.record("tor.json", T0);
    SpoolQueue spool = SpoolQueue.open(settings(), metrics);
    spool.append(r).join();
    byte[] readAtOnce = spool.read(r.uid()).orElseThrow();
    long depth = spool.depth();

    spool.close();

    assertArrayEquals(r.post(), readAtOnce);
    assertFalse(Files.exists(dir.resolve("incoming")));
    assertEquals(List.of(1L, 1.0), List.of(depth, metrics.spoolDepth.get()));
  }

  @Test
  void unknownUidReadsEmptyAndMalformedUidIsRejected() throws Exception {
    try (SpoolQueue spool = SpoolQueue.open(settings(), metrics)) {
      assertEquals(Optional.empty(), spool.read("20250527233111.802678_ID_webconnectivity_0000000000000000"));
      assertThrows(IllegalArgumentException.class, () -> spool.read("../../etc/passwd"));
    }
  }

  @Test
  void concurrentAppendsShareOneFsyncPerGroup() throws Exception {
    CountDownLatch firstForceEntered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Forcer heldOnce = ch -> {
      if (firstForceEntered.getCount() > 0) {
        firstForceEntered.countDown();
        await(release);
      }
      ch.force(false);
    };
    List<SpoolRecord> records = SpoolFixtures.records(200, T0);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (SpoolQueue spool = SpoolQueue.open(settings(), metrics, heldOnce)) {
      CompletableFuture<Void> first = spool.append(records.get(0));
      firstForceEntered.await();
      List<Future<CompletableFuture<Void>>> rest = new ArrayList<>();
      for (SpoolRecord r : records.subList(1, 200)) {
        rest.add(pool.submit(() -> spool.append(r)));
      }
      List<CompletableFuture<Void>> acks = new ArrayList<>(List.of(first));
      for (Future<CompletableFuture<Void>> f : rest) {
        acks.add(f.get());
      }
      release.countDown();
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();

      assertEquals(200, spool.depth());
      assertEquals(2, fsyncs(), "one fsync for the first append, one for the 199 queued behind it");
      assertEquals(200.0, metrics.commitBatchSize.collect().getDataPoints().get(0).getSum());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void futuresOfAGroupFailWhenItsFsyncFailsAndNothingOfItIsKept() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Forcer failsFirst = ch -> {
      if (calls.incrementAndGet() == 1) {
        throw new IOException("simulated EIO");
      }
      ch.force(false);
    };
    SpoolRecord failed = SpoolFixtures.record("tor.json", T0);
    SpoolRecord kept = SpoolFixtures.record("torsf_1.json", T0.plusSeconds(1));
    try (SpoolQueue spool = SpoolQueue.open(settings(), metrics, failsFirst)) {
      CompletionException e = assertThrows(CompletionException.class, () -> spool.append(failed).join());
      assertInstanceOf(IOException.class, e.getCause());
      spool.append(kept).join();
      assertEquals(Optional.empty(), spool.read(failed.uid()));
    }
    try (SpoolQueue reopened = SpoolQueue.open(settings(), new IngestMetrics())) {
      assertEquals(1, reopened.depth());
      assertTrue(reopened.read(kept.uid()).isPresent());
      assertEquals(Optional.empty(), reopened.read(failed.uid()));
    }
  }

  @Test
  void diskFloorRefusesBeforeWritingAnything() throws Exception {
    SpoolRecord r = SpoolFixtures.record("tor.json", T0);
    try (SpoolQueue spool = SpoolQueue.open(settings().withDiskFloorBytes(Long.MAX_VALUE), metrics)) {
      SpoolFullException e = assertThrows(SpoolFullException.class, () -> spool.append(r));

      assertEquals(SpoolFullException.Reason.DISK_FLOOR, e.reason());
      assertEquals(0, spool.depth());
      assertEquals(0, spool.journal().openSegment().bytes());
      assertEquals(0, fsyncs());
      assertEquals(Optional.empty(), spool.read(r.uid()));
    }
  }

  @Test
  void fullQueueRefusesUntilTheCommitterCatchesUp() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Forcer held = ch -> {
      entered.countDown();
      await(release);
      ch.force(false);
    };
    SpoolSettings two = new SpoolSettings(dir, 256, 1 << 20, 1 << 30, 0, 2);
    List<SpoolRecord> records = SpoolFixtures.records(4, T0);
    try (SpoolQueue spool = SpoolQueue.open(two, metrics, held)) {
      CompletableFuture<Void> first = spool.append(records.get(0));
      entered.await();
      CompletableFuture<Void> second = spool.append(records.get(1));
      CompletableFuture<Void> third = spool.append(records.get(2));

      SpoolFullException e = assertThrows(SpoolFullException.class, () -> spool.append(records.get(3)));
      assertEquals(SpoolFullException.Reason.QUEUE_FULL, e.reason());
      release.countDown();
      CompletableFuture.allOf(first, second, third).join();
      assertEquals(3, spool.depth());
    }
  }

  @Test
  void reopenServesEveryRecordFromTheJournalAndDeletesLegacyPostFiles() throws Exception {
    List<SpoolRecord> records = SpoolFixtures.records(3, T0);
    try (SpoolQueue spool = SpoolQueue.open(settings(), metrics)) {
      records.forEach(r -> append(spool, r));
    }
    Path legacy = dir.resolve("incoming").resolve(records.get(0).bucket());
    Files.createDirectories(legacy);
    Files.write(legacy.resolve(records.get(0).uid() + ".post"), new byte[] {'{', '"'});

    try (SpoolQueue reopened = SpoolQueue.open(settings(), new IngestMetrics())) {
      List<byte[]> posts = new ArrayList<>();
      for (SpoolRecord r : records) {
        posts.add(reopened.read(r.uid()).orElseThrow());
      }
      assertArrayEquals(records.stream().map(SpoolRecord::post).toArray(), posts.toArray());
      assertEquals(3, reopened.depth());
      assertFalse(Files.exists(dir.resolve("incoming")));
    }
  }

  @Test
  void firstMeasurementOfANewHourStartsANewSegment() throws Exception {
    SpoolRecord late = SpoolFixtures.record("tor.json", Instant.parse("2025-05-27T23:59:59.999999Z"));
    SpoolRecord next = SpoolFixtures.record("tor.json", Instant.parse("2025-05-28T00:00:00.000001Z"));
    try (SpoolQueue spool = SpoolQueue.open(settings(), metrics)) {
      spool.append(late).join();
      spool.append(next).join();

      List<SegmentInfo> closed = spool.journal().closedSegments();
      assertEquals(List.of("2025052723"), closed.stream().map(SegmentInfo::maxHour).toList());
      assertEquals("2025052800", spool.journal().openSegment().maxHour());
    }
  }

  @Test
  void openSegmentRollsAtItsSizeLimit() throws Exception {
    List<SpoolRecord> records = SpoolFixtures.records(3, T0);
    try (SpoolQueue spool = SpoolQueue.open(settings().withMaxSegmentBytes(1), metrics)) {
      records.forEach(r -> append(spool, r));

      assertEquals(3, spool.journal().closedSegments().size());
      assertEquals(0, spool.journal().openSegment().records());
    }
  }

  @Test
  void appendsAfterCloseFail() throws Exception {
    SpoolQueue spool = SpoolQueue.open(settings(), metrics);
    spool.close();

    CompletionException e = assertThrows(CompletionException.class,
        () -> spool.append(SpoolFixtures.record("tor.json", T0)).join());
    assertInstanceOf(IllegalStateException.class, e.getCause());
  }

  @Test
  void closeCommitsWhatWasQueued() throws Exception {
    List<SpoolRecord> records = SpoolFixtures.records(20, T0);
    List<CompletableFuture<Void>> acks = new ArrayList<>();
    try (SpoolQueue spool = SpoolQueue.open(settings(), metrics)) {
      for (SpoolRecord r : records) {
        acks.add(spool.append(r));
      }
    }
    CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
    try (SpoolQueue reopened = SpoolQueue.open(settings(), new IngestMetrics())) {
      assertEquals(20, reopened.depth());
    }
  }

  private static void append(SpoolQueue spool, SpoolRecord r) {
    try {
      spool.append(r).join();
    } catch (SpoolFullException e) {
      throw new AssertionError(e);
    }
  }

  private static void await(CountDownLatch latch) throws IOException {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
