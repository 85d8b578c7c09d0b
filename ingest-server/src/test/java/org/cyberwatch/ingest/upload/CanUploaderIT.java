package org.cyberwatch.ingest.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cyberwatch.ingest.batch.SealManifest;
import org.cyberwatch.ingest.batch.SealedFile;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.schemas.can.CanReader;
import org.cyberwatch.testing.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealed cans uploaded to a real S3-API server (s3proxy) read back with every measurement. */
class CanUploaderIT {

  private static final String BUCKET = "cans-uploader-it";

  @TempDir Path dir;

  @Test
  void uploadedJsonlCansHoldEverySpooledMeasurement() throws Exception {
    S3Server.shared().createBucket(BUCKET);
    SealedOutbox.Sealed sealed =
        SealedOutbox.create(dir, 16, 2, Instant.parse("2025-05-27T23:31:11.802678Z"));
    try (S3BlobStore store = S3BlobStore.create(S3BlobStoreIT.settings(BUCKET, ""))) {
      new CanUploader(sealed.sealer().outbox(), store, Backoff.DEFAULT, Sleeper.SYSTEM,
          Clock.systemUTC(), new IngestMetrics()).uploadPending();

      List<String> uids = new ArrayList<>();
      for (SealManifest m : sealed.manifests()) {
        for (SealedFile f : m.files()) {
          if (f.key().endsWith(".jsonl.gz")) {
            uids.addAll(read(store, f.key()));
          }
        }
      }
      assertEquals(sealed.records().stream().map(SpoolRecord::uid).sorted().toList(),
          uids.stream().sorted().toList());
      assertEquals(List.of(), sealed.sealer().outbox().list());
    }
  }

  private static List<String> read(BlobStore store, String key) throws Exception {
    List<String> uids = new ArrayList<>();
    try (InputStream in = store.open(key);
        CanReader reader = CanReader.open(in, key.substring(key.lastIndexOf('/') + 1), CanReader.Mode.PARSE)) {
      reader.forEachRemaining(e -> uids.add(e.measurementUid()));
    }
    return uids;
  }
}
