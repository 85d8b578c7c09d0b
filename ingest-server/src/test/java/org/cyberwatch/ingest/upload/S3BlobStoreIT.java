package org.cyberwatch.ingest.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.cyberwatch.testing.S3Server;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link S3BlobStore} against a real S3-API server (s3proxy 2.9). */
class S3BlobStoreIT {

  private static final String BUCKET = "cans-blobstore-it";
  private static final String KEY = "raw/20250527/23/ID/webconnectivity/2025052723_ID_webconnectivity.n1.0.jsonl.gz";

  @TempDir Path dir;

  @BeforeAll
  static void createBucket() {
    S3Server.shared().createBucket(BUCKET);
  }

  static S3Settings settings(String bucket, String prefix) {
    S3Server s3 = S3Server.shared();
    return new S3Settings(s3.endpoint(), s3.region(), bucket, prefix, true, s3.accessKey(), s3.secretKey());
  }

  private Path file(String content) throws IOException {
    return Files.writeString(dir.resolve("f"), content);
  }

  @Test
  void storedObjectVerifiesAndReadsBack() throws IOException {
    try (S3BlobStore store = S3BlobStore.create(settings(BUCKET, "a/"))) {
      Path f = file("hello cans");
      String sha = FileDigest.sha256Hex(f);
      store.put(KEY, f, sha);

      String md5 = HexFormat.of().formatHex(FileDigest.md5AndSha256(f).md5());
      assertEquals(Optional.of(new BlobInfo(10, sha, md5)), store.head(KEY));
      try (InputStream in = store.open(KEY)) {
        assertEquals("hello cans", new String(in.readAllBytes()));
      }
      assertEquals(List.of(KEY), store.list("raw/20250527/23/ID/webconnectivity/"));
    }
  }

  @Test
  void keyPrefixKeepsStoresApart() throws IOException {
    try (S3BlobStore b = S3BlobStore.create(settings(BUCKET, "b/"));
        S3BlobStore c = S3BlobStore.create(settings(BUCKET, "c/"))) {
      Path f = file("x");
      b.put(KEY, f, FileDigest.sha256Hex(f));

      assertEquals(List.of(KEY), b.list("raw/"));
      assertEquals(List.of(), c.list("raw/"));
      assertEquals(Optional.empty(), c.head(KEY));
    }
  }

  @Test
  void fileThatChangedSinceSealingIsNotUploaded() throws IOException {
    try (S3BlobStore store = S3BlobStore.create(settings(BUCKET, "d/"))) {
      Path f = file("changed");

      BlobStoreException e = assertThrows(BlobStoreException.class, () -> store.put(KEY, f, "0".repeat(64)));
      assertTrue(e.getMessage().contains("changed since it was sealed"), e.getMessage());
      assertEquals(Optional.empty(), store.head(KEY));
    }
  }

  @Test
  void missingBucketIsABlobStoreException() throws IOException {
    try (S3BlobStore store = S3BlobStore.create(settings("no-such-bucket-here", ""))) {
      Path f = file("x");

      assertThrows(BlobStoreException.class, () -> store.put(KEY, f, FileDigest.sha256Hex(f)));
    }
  }
}
