package org.cyberwatch.ingest.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.cyberwatch.ingest.batch.CanSealer;
import org.cyberwatch.ingest.batch.SealSettings;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.spool.PostBody;
import org.cyberwatch.ingest.spool.SpoolFixtures;
import org.cyberwatch.ingest.spool.SpoolFullException;
import org.cyberwatch.ingest.spool.SpoolQueue;
import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.ingest.spool.SpoolSettings;
import org.cyberwatch.ingest.upload.Backoff;
import org.cyberwatch.ingest.upload.BlobStore;
import org.cyberwatch.ingest.upload.CanUploader;

/**
 * A collector's storage with measurements at every stage: {@code uploaded} (sealed, uploaded to
 * the blob store, gone locally), {@code outbox} (sealed, not uploaded) and {@code spool}.
 */
final class LocatorWorld implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2025-05-27T23:31:11.802678Z");

  final SpoolQueue spool;
  final CanSealer sealer;
  final Map<String, List<SpoolRecord>> byStage;

  private LocatorWorld(SpoolQueue spool, CanSealer sealer, Map<String, List<SpoolRecord>> byStage) {
    this.spool = spool;
    this.sealer = sealer;
    this.byStage = byStage;
  }

  static LocatorWorld create(Path dir, BlobStore store) throws IOException, InterruptedException {
    SpoolQueue spool = SpoolQueue.open(SpoolSettings.defaults(dir).withDiskFloorBytes(0), new IngestMetrics());
    CanSealer sealer = CanSealer.open(spool, SealSettings.of("1"), new IngestMetrics());
    List<SpoolRecord> uploaded = SpoolFixtures.records(8, T0);
    List<SpoolRecord> outbox = SpoolFixtures.records(8, T0.plusSeconds(1));
    List<SpoolRecord> spooled = SpoolFixtures.records(8, T0.plusSeconds(2));
    append(spool, uploaded);
    sealer.sealNow();
    new CanUploader(sealer.outbox(), store, Backoff.DEFAULT, d -> { }, Clock.fixed(T0, ZoneOffset.UTC),
        new IngestMetrics()).uploadPending();
    append(spool, outbox);
    sealer.sealNow();
    append(spool, spooled);
    return new LocatorWorld(spool, sealer,
        Map.of("uploaded", uploaded, "outbox", outbox, "spool", spooled));
  }

  MeasurementLocator locator(BlobStore store, int cache) {
    return new MeasurementLocator(spool, sealer.outbox(), store, cache);
  }

  /** The measurement of {@code r} as a JSON tree, with its uid. */
  static JsonNode expected(SpoolRecord r) throws IOException {
    return JSON.readTree(PostBody.contentWithUid(r.post(), r.uid()));
  }

  static JsonNode tree(byte[] json) throws IOException {
    return JSON.readTree(json);
  }

  private static void append(SpoolQueue spool, List<SpoolRecord> records) {
    List<CompletableFuture<Void>> acks = records.stream().map(r -> {
      try {
        return spool.append(r);
      } catch (SpoolFullException e) {
        throw new AssertionError(e);
      }
    }).toList();
    acks.forEach(CompletableFuture::join);
  }

  @Override
  public void close() throws IOException {
    spool.close();
  }
}
