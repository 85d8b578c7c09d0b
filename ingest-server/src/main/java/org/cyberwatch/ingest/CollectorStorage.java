package org.cyberwatch.ingest;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cyberwatch.ingest.batch.CanSealer;
import org.cyberwatch.ingest.batch.SealManifest;
import org.cyberwatch.ingest.batch.SealSettings;
import org.cyberwatch.ingest.config.IngestConfig;
import org.cyberwatch.ingest.lookup.MeasurementLocator;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.spool.SpoolQueue;
import org.cyberwatch.ingest.spool.SpoolSettings;
import org.cyberwatch.ingest.upload.Backoff;
import org.cyberwatch.ingest.upload.BlobStore;
import org.cyberwatch.ingest.upload.CanUploader;
import org.cyberwatch.ingest.upload.LocalDirBlobStore;
import org.cyberwatch.ingest.upload.S3BlobStore;
import org.cyberwatch.ingest.upload.Sleeper;

/**
 * The durable side of the collector, opened from the config: spool, can sealer, blob store (local
 * directory or S3), uploader and the measurement locator over all of them.
 */
final class CollectorStorage implements AutoCloseable {

  private final SpoolQueue spool;
  private final CanSealer sealer;
  private final BlobStore store;
  private final CanUploader uploader;
  private final MeasurementLocator locator;
  private final String collectorId;
  private final IngestMetrics metrics;

  private CollectorStorage(SpoolQueue spool, CanSealer sealer, BlobStore store, CanUploader uploader,
      String collectorId, IngestMetrics metrics) {
    this.collectorId = collectorId;
    this.metrics = metrics;
    this.spool = spool;
    this.sealer = sealer;
    this.store = store;
    this.uploader = uploader;
    this.locator = new MeasurementLocator(spool, sealer.outbox(), store, MeasurementLocator.DEFAULT_INDEX_CACHE);
  }

  static CollectorStorage open(IngestConfig config, Clock clock, IngestMetrics metrics) throws IOException {
    SpoolQueue spool = SpoolQueue.open(
        SpoolSettings.defaults(config.spoolDir()).withDiskFloorBytes(config.diskFloorBytes()), metrics);
    try {
      CanSealer sealer = CanSealer.open(spool,
          new SealSettings(config.collectorId(), config.cans().maxBytes()), metrics);
      BlobStore store = config.cans().localDir() != null
          ? new LocalDirBlobStore(config.cans().localDir())
          : S3BlobStore.create(config.cans().s3());
      return new CollectorStorage(spool, sealer, store,
          new CanUploader(sealer.outbox(), store, Backoff.DEFAULT, Sleeper.SYSTEM, clock, metrics),
          config.collectorId(), metrics);
    } catch (IOException | RuntimeException e) {
      spool.close();
      throw e;
    }
  }

  SpoolQueue spool() {
    return spool;
  }

  MeasurementLocator locator() {
    return locator;
  }

  /** Seals closed hours (hourly cans) or everything (shorter can periods), then uploads. */
  void sealAndUpload(boolean closedHoursOnly, Instant now) throws IOException, InterruptedException {
    if (closedHoursOnly) {
      sealer.sealClosedHours(now);
    } else {
      sealer.sealNow();
    }
    uploader.uploadPending();
  }

  /** Seals everything now and uploads; a summary for the admin answer. */
  Map<String, Object> sealNowAndUpload() throws IOException, InterruptedException {
    Optional<SealManifest> sealed = sealer.sealNow();
    int files = uploader.uploadPending();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sealed_measurements", sealed.map(SealManifest::measurements).orElse(0L));
    out.put("uploaded_files", files);
    out.put("spool_depth", spool.depth());
    return out;
  }

  /** The {@code /health} figures; refreshes the spool-depth gauge. */
  Map<String, Object> health() {
    long depth = spool.depth();
    metrics.spoolDepth.set(depth);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "ok");
    out.put("collector_id", collectorId);
    out.put("spool_depth", depth);
    return out;
  }

  @Override
  public void close() throws IOException {
    try {
      spool.close();
    } finally {
      if (store instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          throw new IOException("cannot close the blob store", e);
        }
      }
    }
  }
}
