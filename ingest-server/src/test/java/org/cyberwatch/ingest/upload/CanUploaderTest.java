package org.cyberwatch.ingest.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cyberwatch.ingest.batch.Outbox;
import org.cyberwatch.ingest.batch.SealManifest;
import org.cyberwatch.ingest.batch.SealedFile;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanUploaderTest {

  private static final Instant T0 = Instant.parse("2025-05-27T23:31:11.802678Z");
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
  private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), 4);

  @TempDir Path dir;
  private final IngestMetrics metrics = new IngestMetrics();
  private final List<Duration> waits = new ArrayList<>();

  private CanUploader uploader(Outbox outbox, BlobStore store) {
    return new CanUploader(outbox, store, BACKOFF, waits::add, CLOCK, metrics);
  }

  private static List<String> keys(List<SealManifest> manifests) {
    return manifests.stream().flatMap(m -> m.files().stream()).map(SealedFile::key).sorted().toList();
  }

  @Test
  void everySealedFileIsStoredByteForByteAndTheOutboxEmptied() throws Exception {
    SealedOutbox.Sealed sealed = SealedOutbox.create(dir.resolve("spool"), 12, 2, T0);
    Outbox outbox = sealed.sealer().outbox();
    SealedFile first = sealed.manifests().get(0).files().get(0);
    byte[] local = Files.readAllBytes(outbox.sealDir(sealed.manifests().get(0).sealSeq()).file(first.key()));
    LocalDirBlobStore store = new LocalDirBlobStore(dir.resolve("cans"));

    int uploaded = uploader(outbox, store).uploadPending();

    assertEquals(keys(sealed.manifests()), store.list("raw/"));
    assertEquals(keys(sealed.manifests()).size(), uploaded);
    try (InputStream in = store.open(first.key())) {
      assertArrayEquals(local, in.readAllBytes());
    }
    assertEquals(List.of(), outbox.list());
    assertEquals(uploaded / 2.0, metrics.cansUploaded.get());
  }

  @Test
  void setsNotYetConsumedAreLeftAlone() throws Exception {
    SealedOutbox.Sealed sealed = SealedOutbox.create(dir.resolve("spool"), 4, 1, T0);
    Outbox.SealDir sd = sealed.sealer().outbox().sealDir(sealed.manifests().get(0).sealSeq());
    Files.delete(sd.dir().resolve(Outbox.CONSUMED));
    LocalDirBlobStore store = new LocalDirBlobStore(dir.resolve("cans"));

    assertEquals(0, uploader(sealed.sealer().outbox(), store).uploadPending());
    assertEquals(List.of(), store.list(""));
    assertEquals(Outbox.State.SEALED, sd.state());
  }

  @Test
  void failedPutsAreRetriedAfterExponentiallyGrowingWaits() throws Exception {
    SealedOutbox.Sealed sealed = SealedOutbox.create(dir.resolve("spool"), 1, 1, T0);
    LocalDirBlobStore cans = new LocalDirBlobStore(dir.resolve("cans"));
    FlakyBlobStore store = FlakyBlobStore.failingFirst(cans, 3);

    uploader(sealed.sealer().outbox(), store).uploadPending();

    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
    assertEquals(3.0, metrics.uploadFailures.get());
    assertEquals(keys(sealed.manifests()), cans.list("raw/"));
  }

  @Test
  void persistentFailureStopsTheRunAndKeepsTheCansForTheNext() throws Exception {
    SealedOutbox.Sealed sealed = SealedOutbox.create(dir.resolve("spool"), 8, 1, T0);
    Outbox outbox = sealed.sealer().outbox();
    LocalDirBlobStore cans = new LocalDirBlobStore(dir.resolve("cans"));
    FlakyBlobStore down = new FlakyBlobStore(cans, i -> i >= 3);

    assertThrows(BlobStoreException.class, () -> uploader(outbox, down).uploadPending());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
    assertEquals(2, cans.list("raw/").size());

    uploader(outbox, cans).uploadPending();
    assertEquals(keys(sealed.manifests()), cans.list("raw/"));
    assertEquals(List.of(), outbox.list());
  }

  @Test
  void putThatDoesNotVerifyIsRetried() throws Exception {
    SealedOutbox.Sealed sealed = SealedOutbox.create(dir.resolve("spool"), 1, 1, T0);
    LocalDirBlobStore cans = new LocalDirBlobStore(dir.resolve("cans"));
    BlobStore truncatesOnce = new FlakyBlobStore(cans, i -> false) {
      private boolean truncated;

      @Override
      public void put(String key, Path file, String sha256Hex) throws BlobStoreException {
        super.put(key, file, sha256Hex);
        if (!truncated) {
          truncated = true;
          truncate(dir.resolve("cans").resolve(key));
        }
      }
    };

    uploader(sealed.sealer().outbox(), truncatesOnce).uploadPending();

    assertEquals(List.of(Duration.ofSeconds(1)), waits);
    assertEquals(keys(sealed.manifests()), cans.list("raw/"));
  }

  private static void truncate(Path file) throws BlobStoreException {
    try {
      Files.write(file, new byte[] {1, 2, 3});
    } catch (IOException e) {
      throw new BlobStoreException("test", e);
    }
  }
}
