package org.cyberwatch.ingest.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.ingest.upload.S3BlobStore;
import org.cyberwatch.ingest.upload.S3Settings;
import org.cyberwatch.testing.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The locator finds measurements in the spool, the outbox and a real S3-API server (s3proxy). */
class MeasurementLocatorIT {

  private static final String BUCKET = "cans-locator-it";

  @TempDir Path dir;

  @Test
  void everyMeasurementIsFoundAtEveryStage() throws Exception {
    S3Server s3 = S3Server.shared();
    s3.createBucket(BUCKET);
    S3Settings settings = new S3Settings(s3.endpoint(), s3.region(), BUCKET, "", true,
        s3.accessKey(), s3.secretKey());
    try (S3BlobStore store = S3BlobStore.create(settings);
        LocatorWorld world = LocatorWorld.create(dir, store)) {
      MeasurementLocator locator = world.locator(store, 16);
      List<JsonNode> expected = new ArrayList<>();
      List<JsonNode> found = new ArrayList<>();
      for (String stage : List.of("spool", "outbox", "uploaded")) {
        for (SpoolRecord r : world.byStage.get(stage)) {
          expected.add(LocatorWorld.expected(r));
          found.add(LocatorWorld.tree(locator.find(r.uid()).orElseThrow()));
        }
      }
      assertEquals(expected, found);
    }
  }
}
