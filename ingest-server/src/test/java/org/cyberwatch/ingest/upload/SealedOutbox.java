package org.cyberwatch.ingest.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cyberwatch.ingest.batch.CanSealer;
import org.cyberwatch.ingest.batch.SealManifest;
import org.cyberwatch.ingest.batch.SealSettings;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.spool.SpoolFixtures;
import org.cyberwatch.ingest.spool.SpoolFullException;
import org.cyberwatch.ingest.spool.SpoolQueue;
import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.ingest.spool.SpoolSettings;

/** Builds an outbox with sealed can sets from real measurements, for upload tests. */
final class SealedOutbox {

  /**
   * The result.
   *
   * @param sealer the sealer (its outbox holds the sets)
   * @param records what was spooled
   * @param manifests one per seal
   */
  record Sealed(CanSealer sealer, List<SpoolRecord> records, List<SealManifest> manifests) {}

  private SealedOutbox() {}

  /** Spools {@code n} measurements under {@code spoolDir} and seals them in {@code seals} sets. */
  static Sealed create(Path spoolDir, int n, int seals, Instant t0) throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(n, t0);
    try (SpoolQueue spool = SpoolQueue.open(SpoolSettings.defaults(spoolDir).withDiskFloorBytes(0),
        new IngestMetrics())) {
      CanSealer sealer = CanSealer.open(spool, SealSettings.of("1"), new IngestMetrics());
      List<SealManifest> manifests = new java.util.ArrayList<>();
      int per = (n + seals - 1) / seals;
      for (int i = 0; i < n; i += per) {
        append(spool, records.subList(i, Math.min(n, i + per)));
        manifests.add(sealer.sealNow().orElseThrow());
      }
      return new Sealed(sealer, records, manifests);
    }
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
}
