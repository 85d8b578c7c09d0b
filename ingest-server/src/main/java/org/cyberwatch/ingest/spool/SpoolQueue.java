package org.cyberwatch.ingest.spool;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable spool: {@link #append} completes a measurement's future only once it is on disk
 * (journal forced), so the HTTP layer acknowledges nothing that a crash could lose. Appends from
 * any number of threads are group-committed by one {@link Committer} thread: one fsync per group.
 *
 * <p>Open it once per process with {@link #open}; it recovers the spool first (journal tail,
 * post files). Then start the can sealer on it (batch package). Thread-safe.
 */
public final class SpoolQueue implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(SpoolQueue.class);
  /** Committed records whose post files may wait for the post writer (memory: this many posts). */
  private static final int POST_WRITER_QUEUE = 4096;

  private final SpoolSettings settings;
  private final SpoolDirs dirs;
  private final PostFiles posts;
  private final Journal journal;
  private final FileStore store;
  private final BlockingQueue<PendingAppend> queue;
  private final Thread committer;
  private final PostWriter postWriter;
  private volatile boolean closed;

  private SpoolQueue(SpoolSettings settings, PostFiles posts, Journal journal,
      IngestMetrics metrics) throws IOException {
    this.settings = settings;
    this.dirs = new SpoolDirs(settings.dir());
    this.posts = posts;
    this.journal = journal;
    this.store = Files.getFileStore(dirs.journal());
    this.queue = new LinkedBlockingQueue<>(settings.maxPendingRecords());
    this.postWriter = PostWriter.start(posts, POST_WRITER_QUEUE);
    this.committer = new Thread(new Committer(queue, journal, postWriter, settings, metrics), "spool-committer");
    committer.setDaemon(true);
    committer.start();
  }

  /**
   * Opens (creating or recovering) the spool: cuts a torn journal tail, rewrites the post files of
   * every journaled record that are missing or damaged, deletes stray {@code .tmp} files, and
   * starts the committer.
   */
  public static SpoolQueue open(SpoolSettings settings, IngestMetrics metrics) throws IOException {
    return open(settings, metrics, Forcer.FDATASYNC);
  }

  static SpoolQueue open(SpoolSettings settings, IngestMetrics metrics, Forcer forcer)
      throws IOException {
    SpoolDirs dirs = new SpoolDirs(settings.dir());
    PostFiles posts = new PostFiles(dirs);
    posts.deleteStrayTmpFiles();
    PersistentCounter seqs = PersistentCounter.open(dirs.state().resolve("journal-seq"), 1);
    Forcer timed = ch -> {
      long t0 = System.nanoTime();
      forcer.force(ch);
      metrics.fsyncSeconds.observe((System.nanoTime() - t0) / 1e9);
    };
    Journal journal;
    try {
      journal = Journal.open(dirs.journal(), seqs, timed, r -> rematerialize(posts, r));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    metrics.spoolDepth.set(journal.records());
    LOG.info("Spool {} open: {} measurements not sealed yet in {} segments", settings.dir(),
        journal.records(), journal.closedSegments().size());
    return new SpoolQueue(settings, posts, journal, metrics);
  }

  /**
   * Queues {@code r} for the next group commit. The future completes when the measurement is
   * durable and readable ({@link #read}); it fails (nothing acknowledged) on an I/O error or when
   * the spool is closed.
   *
   * @throws SpoolFullException before writing anything: disk space below the floor, or too many
   *     appends waiting
   * @throws IllegalArgumentException naming {@code post} when it is not {@code
   *     {"format":"json","content":{…}}} (a post in the collector's own wrapper is not scanned
   *     again, see {@link PostBody#checkUnlessAssembled})
   */
  public CompletableFuture<Void> append(SpoolRecord r) throws SpoolFullException {
    PostBody.checkUnlessAssembled(r.post());
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
   * The POST body of {@code uid} while it is in the spool (acknowledged, not sealed yet).
   *
   * @throws IllegalArgumentException naming {@code measurement_uid} when the uid is malformed
   */
  public Optional<byte[]> read(String uid) throws IOException {
    return posts.read(uid);
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

  /** The post files, for the can sealer. */
  public PostFiles posts() {
    return posts;
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
      postWriter.stop();
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

  private static void rematerialize(PostFiles posts, SpoolRecord r) {
    try {
      posts.materializeIfDifferent(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
