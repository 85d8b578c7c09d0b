package org.cyberwatch.ingest.spool;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable spool: {@link #append} completes a measurement's future only once it is on disk
 * (journal forced), so the HTTP layer acknowledges nothing that a crash could lose. Appends from
 * any number of threads are group-committed by one {@link Committer} thread: one fsync per group.
 *
 * <p>The journal is the only copy of a spooled measurement on disk: {@link #read} serves it from
 * its frame through the in-memory {@link SpoolIndex}. Open it once per process with {@link
 * #open}; it recovers the spool first (journal tail, index). Then start the can sealer on it
 * (batch package). Thread-safe.
 */
public final class SpoolQueue implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(SpoolQueue.class);

  private final SpoolSettings settings;
  private final SpoolDirs dirs;
  private final Journal journal;
  private final FileStore store;
  private final BlockingQueue<PendingAppend> queue;
  private final Thread committer;
  private volatile boolean closed;

  private SpoolQueue(SpoolSettings settings, Journal journal, IngestMetrics metrics)
      throws IOException {
    this.settings = settings;
    this.dirs = new SpoolDirs(settings.dir());
    this.journal = journal;
    this.store = Files.getFileStore(dirs.journal());
    this.queue = new LinkedBlockingQueue<>(settings.maxPendingRecords());
    this.committer = new Thread(new Committer(queue, journal, settings, metrics), "spool-committer");
    committer.setDaemon(true);
    committer.start();
  }

  /**
   * Opens (creating or recovering) the spool: cuts a torn journal tail, indexes every journaled
   * record, deletes the {@code incoming/} directory of {@code .post} copies that older versions
   * kept (the journal holds every record), and starts the committer.
   */
  public static SpoolQueue open(SpoolSettings settings, IngestMetrics metrics) throws IOException {
    return open(settings, metrics, Forcer.FDATASYNC);
  }

  static SpoolQueue open(SpoolSettings settings, IngestMetrics metrics, Forcer forcer)
      throws IOException {
    SpoolDirs dirs = new SpoolDirs(settings.dir());
    PersistentCounter seqs = PersistentCounter.open(dirs.state().resolve("journal-seq"), 1);
    Forcer timed = ch -> {
      long t0 = System.nanoTime();
      forcer.force(ch);
      metrics.fsyncSeconds.observe((System.nanoTime() - t0) / 1e9);
    };
    Journal journal = Journal.open(dirs.journal(), seqs, timed, r -> { });
    deleteLegacyPostFiles(dirs.incoming()); // only once the journal, which holds them all, opened
    metrics.spoolDepth.set(journal.records());
    LOG.info("Spool {} open: {} measurements not sealed yet in {} segments", settings.dir(),
        journal.records(), journal.closedSegments().size());
    return new SpoolQueue(settings, journal, metrics);
  }

  /**
   * Queues {@code r} for the next group commit. The future completes when the measurement is
   * durable and readable ({@link #read}); it fails (nothing acknowledged) on an I/O error or when
   * the spool is closed.
   *
   * The record's POST body was checked when the record was made ({@link SpoolRecord}'s
   * factories); it is not scanned again here.
   *
   * @throws SpoolFullException before writing anything: disk space below the floor, or too many
   *     appends waiting
   */
  public CompletableFuture<Void> append(SpoolRecord r) throws SpoolFullException {
    if (closed) {
      return CompletableFuture.failedFuture(new IllegalStateException("the spool is closed"));
    }
    checkDiskFloor(r);
    PendingAppend p = PendingAppend.of(r);
    if (!queue.offer(p)) {
      throw new SpoolFullException(SpoolFullException.Reason.QUEUE_FULL,
          settings.maxPendingRecords() + " appends are waiting for the disk");
    }
    return p.done();
  }

  /**
   * The POST body of {@code uid} while it is in the spool (acknowledged, not sealed yet), read
   * from its journal frame.
   *
   * @throws IllegalArgumentException naming {@code measurement_uid} when the uid is malformed
   * @throws IOException when its frame cannot be read or fails its CRC check (never served)
   */
  public Optional<byte[]> read(String uid) throws IOException {
    SpoolRecord.bucketOf(uid); // rejects a malformed uid
    return journal.read(uid).map(SpoolRecord::post);
  }

  /** Measurements acknowledged and not sealed into cans yet. */
  public long depth() {
    return journal.records();
  }

  /** Closes the open journal segment (see {@link Journal#roll()}). */
  public OptionalLong roll() throws IOException {
    return journal.roll();
  }

  /** The journal, for the can sealer. */
  public Journal journal() {
    return journal;
  }

  /** The spool's directories. */
  public SpoolDirs dirs() {
    return dirs;
  }

  /** Commits what is queued, stops the committer, and closes the journal. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    PendingAppend stop = PendingAppend.stop();
    try {
      queue.put(stop);
      stop.done().join();
      committer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    PendingAppend late;
    while ((late = queue.poll()) != null) {
      late.done().completeExceptionally(new IllegalStateException("the spool is closed"));
    }
    journal.close();
  }

  private void checkDiskFloor(SpoolRecord r) throws SpoolFullException {
    try {
      long usable = store.getUsableSpace();
      if (usable - r.post().length < settings.diskFloorBytes()) {
        throw new SpoolFullException(SpoolFullException.Reason.DISK_FLOOR,
            "usable space " + usable + " bytes is below the floor of " + settings.diskFloorBytes());
      }
    } catch (IOException e) {
      throw new SpoolFullException(SpoolFullException.Reason.DISK_FLOOR,
          "cannot read usable space: " + e.getMessage());
    }
  }

  /** Deletes {@code incoming/}: the {@code .post} copies of journaled records older versions kept. */
  private static void deleteLegacyPostFiles(Path incoming) throws IOException {
    if (!Files.isDirectory(incoming)) {
      return;
    }
    LOG.info("Deleting {}: .post copies of journaled measurements, no longer kept", incoming);
    try (Stream<Path> tree = Files.walk(incoming)) {
      for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
