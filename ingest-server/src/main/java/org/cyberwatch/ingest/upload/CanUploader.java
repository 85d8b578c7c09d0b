package org.cyberwatch.ingest.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.cyberwatch.ingest.batch.Outbox;
import org.cyberwatch.ingest.batch.SealManifest;
import org.cyberwatch.ingest.batch.SealedFile;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads sealed can sets from the outbox to a {@link BlobStore}: for each consumed seal directory
 * (oldest first), every file of its manifest in order (each can before its index), verified, then
 * deleted locally; the directory is removed once all its files are up. A failed attempt is
 * retried with {@link Backoff}; when a file still fails, the run stops and the cans wait on disk
 * for the next run (the collector keeps accepting meanwhile). Putting a key again after a crash
 * is harmless: the same key always has the same content. Runs are serialized.
 */
public final class CanUploader {

  private static final Logger LOG = LoggerFactory.getLogger(CanUploader.class);

  private final Outbox outbox;
  private final BlobStore store;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final Clock clock;
  private final IngestMetrics metrics;

  /** An uploader from {@code outbox} to {@code store}. */
  public CanUploader(Outbox outbox, BlobStore store, Backoff backoff, Sleeper sleeper, Clock clock,
      IngestMetrics metrics) {
    this.outbox = outbox;
    this.store = store;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.clock = clock;
    this.metrics = metrics;
  }

  /**
   * Uploads every consumed seal directory.
   *
   * @return the number of files uploaded in this run
   * @throws BlobStoreException when a file still fails after the last attempt; the files not yet
   *     uploaded stay in the outbox
   */
  public synchronized int uploadPending() throws IOException, InterruptedException {
    int uploaded = 0;
    for (Outbox.SealDir dir : outbox.list()) {
      if (dir.state() == Outbox.State.CONSUMED) {
        uploaded += upload(dir);
      }
    }
    return uploaded;
  }

  private int upload(Outbox.SealDir dir) throws IOException, InterruptedException {
    Instant start = clock.instant();
    SealManifest manifest = SealManifest.read(dir.manifest());
    int uploaded = 0;
    long bytes = 0;
    for (SealedFile f : manifest.files()) {
      Path local = dir.file(f.key());
      if (Files.exists(local)) {
        uploadWithRetries(f, local);
        Files.delete(local);
        uploaded++;
        bytes += f.bytes();
      } else {
        checkAlreadyUploaded(f);
      }
    }
    Outbox.deleteTree(dir.dir());
    LOG.info("Uploaded seal {}: {} files, {} bytes, {} measurements in {} ms", dir.seq(), uploaded,
        bytes, manifest.measurements(), Duration.between(start, clock.instant()).toMillis());
    return uploaded;
  }

  private void uploadWithRetries(SealedFile f, Path local) throws BlobStoreException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        store.put(f.key(), local, f.sha256());
        verify(f);
        if (!f.indexSidecar()) {
          metrics.cansUploaded.inc();
        }
        return;
      } catch (BlobStoreException e) {
        metrics.uploadFailures.inc();
        if (attempt >= backoff.maxAttempts()) {
          LOG.error("Upload of {} failed {} times; it waits in the outbox for the next run", f.key(),
              attempt, e);
          throw e;
        }
        Duration wait = backoff.delayAfter(attempt);
        LOG.warn("Upload of {} failed (attempt {}), retrying in {}: {}", f.key(), attempt, wait,
            e.getMessage());
        sleeper.sleep(wait);
      }
    }
  }

  private void verify(SealedFile f) throws BlobStoreException {
    BlobInfo info = store.head(f.key())
        .orElseThrow(() -> new BlobStoreException(f.key() + " is missing right after its upload"));
    if (info.size() != f.bytes() || !f.sha256().equals(info.sha256())) {
      throw new BlobStoreException(f.key() + " does not verify: store has " + info
          + ", sealed size " + f.bytes() + ", sha256 " + f.sha256());
    }
  }

  /** A file already deleted locally was uploaded and verified by an earlier, interrupted run. */
  private void checkAlreadyUploaded(SealedFile f) throws BlobStoreException {
    if (store.head(f.key()).filter(i -> i.size() == f.bytes()).isEmpty()) {
      LOG.error("{} is neither in the outbox nor in the blob store: it was lost", f.key());
    }
  }
}
