package org.cyberwatch.ingest.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.spool.DurableFiles;
import org.cyberwatch.ingest.spool.Journal;
import org.cyberwatch.ingest.spool.PersistentCounter;
import org.cyberwatch.ingest.spool.SegmentInfo;
import org.cyberwatch.ingest.spool.SpoolQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns closed journal segments into sealed can sets in the outbox, exactly once.
 *
 * <p>A seal: (1) take the chosen closed segments' record positions by bucket from the spool
 * index; (2) write each bucket's cans, both formats, reading each record from its journal frame
 * (CRC checked), each file {@code .tmp} → fsync → rename → dir fsync; (3) write the {@code
 * SEALED} manifest (the commit point); (4) delete the consumed segments; (5) write the {@code
 * CONSUMED} marker, after which the uploader takes the set. Each run starts with {@link
 * #recover()}, which finishes step 4–5 of committed seals and deletes uncommitted ones, whose
 * segments are then sealed again. So a record ends up in exactly one can set whatever step a
 * crash interrupts.
 *
 * <p>Schedule {@link #sealClosedHours} every few minutes; call {@link #sealNow} on shutdown or
 * on demand. The committer rolls the journal when the first record of a new hour arrives, so
 * segments are hour-aligned. Thread-safe (runs are serialized).
 */
public final class CanSealer {

  private static final Logger LOG = LoggerFactory.getLogger(CanSealer.class);
  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZoneOffset.UTC);

  private final SpoolQueue spool;
  private final Outbox outbox;
  private final SealSettings settings;
  private final IngestMetrics metrics;
  private final PersistentCounter sealNumbers;
  private final PersistentCounter canNumbers;
  private final SealProbe probe;

  private CanSealer(SpoolQueue spool, Outbox outbox, SealSettings settings, IngestMetrics metrics,
      PersistentCounter sealNumbers, PersistentCounter canNumbers, SealProbe probe) {
    this.spool = spool;
    this.outbox = outbox;
    this.settings = settings;
    this.metrics = metrics;
    this.sealNumbers = sealNumbers;
    this.canNumbers = canNumbers;
    this.probe = probe;
  }

  /** Opens the sealer of {@code spool} and {@link #recover()}s the outbox. */
  public static CanSealer open(SpoolQueue spool, SealSettings settings, IngestMetrics metrics)
      throws IOException {
    return open(spool, settings, metrics, SealProbe.NONE);
  }

  static CanSealer open(SpoolQueue spool, SealSettings settings, IngestMetrics metrics,
      SealProbe probe) throws IOException {
    Path state = spool.dirs().state();
    CanSealer sealer = new CanSealer(spool, new Outbox(spool.dirs().outbox()), settings, metrics,
        PersistentCounter.open(state.resolve("seal-seq"), 1),
        PersistentCounter.open(state.resolve("can-number"), 0), probe);
    sealer.recover();
    return sealer;
  }

  /** The outbox this sealer fills. */
  public Outbox outbox() {
    return outbox;
  }

  /**
   * Seals every record from hours before the hour of {@code now}: rolls the open segment if all
   * its records are from such hours, then seals the closed segments whose records all are.
   *
   * @return the manifest of the new can set, or empty when there was nothing to seal
   */
  public synchronized Optional<SealManifest> sealClosedHours(Instant now) throws IOException {
    recover();
    String hour = HOUR.format(now);
    Journal journal = spool.journal();
    if (journal.openSegment().allBefore(hour)) {
      journal.roll();
    }
    return seal(segments(s -> s.allBefore(hour)));
  }

  /** Seals everything acknowledged so far (rolls the open segment first). */
  public synchronized Optional<SealManifest> sealNow() throws IOException {
    recover();
    spool.journal().roll();
    return seal(segments(s -> true));
  }

  /**
   * Finishes committed seals (deletes their consumed segments) and deletes uncommitted seal
   * directories. Runs at open and before every seal.
   */
  public synchronized void recover() throws IOException {
    SegmentConsumer consumer = new SegmentConsumer(spool.journal(), probe);
    for (Outbox.SealDir dir : outbox.list()) {
      switch (dir.state()) {
        case PARTIAL -> {
          LOG.warn("Deleting seal directory {} without a manifest (an interrupted seal, or the"
              + " end of an interrupted upload cleanup); segments it did not consume are sealed again",
              dir.dir());
          Outbox.deleteTree(dir.dir());
        }
        case SEALED -> {
          LOG.info("Finishing committed seal {}", dir.dir());
          consumer.consume(dir, SealManifest.read(dir.manifest()));
        }
        case CONSUMED -> { }
      }
    }
    metrics.spoolDepth.set(spool.depth());
  }

  private List<SegmentInfo> segments(Predicate<SegmentInfo> eligible) {
    return spool.journal().closedSegments().stream().filter(eligible).toList();
  }

  private Optional<SealManifest> seal(List<SegmentInfo> segments) throws IOException {
    if (segments.isEmpty()) {
      return Optional.empty();
    }
    long t0 = System.nanoTime();
    Outbox.SealDir dir = outbox.sealDir(sealNumbers.next());
    DurableFiles.createDirectories(dir.dir());
    SealManifest manifest;
    try (SealPlan plan = SealPlan.plan(spool.journal(), segments)) {
      CanSetWriter writer = new CanSetWriter(dir.dir(), settings, canNumbers, probe);
      List<SealedFile> files = new ArrayList<>();
      for (var bucket : plan.buckets().entrySet()) {
        files.addAll(writer.write(bucket.getKey(), bucket.getValue(), plan));
      }
      probe.reached(SealStep.CANS_WRITTEN);
      manifest = SealManifest.of(dir.seq(), plan.segments(), plan.records(), files);
    }
    manifest.write(dir.manifest());
    probe.reached(SealStep.MANIFEST_WRITTEN);
    new SegmentConsumer(spool.journal(), probe).consume(dir, manifest);
    long cans = manifest.files().stream().filter(f -> !f.indexSidecar()).count();
    metrics.cansWritten.inc(cans);
    metrics.spoolDepth.set(spool.depth());
    LOG.info("Sealed {} measurements from segments {} into {} cans in {} ({} ms)",
        manifest.measurements(), manifest.segments(), cans, dir.dir(),
        (System.nanoTime() - t0) / 1_000_000);
    return Optional.of(manifest);
  }
}
