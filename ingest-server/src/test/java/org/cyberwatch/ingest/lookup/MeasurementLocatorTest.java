package org.cyberwatch.ingest.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.ingest.upload.BlobInfo;
import org.cyberwatch.ingest.upload.BlobStore;
import org.cyberwatch.ingest.upload.BlobStoreException;
import org.cyberwatch.ingest.upload.LocalDirBlobStore;
import org.cyberwatch.schemas.can.CanIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One collector storage (built once: sealing and uploading take a while) serves every test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasurementLocatorTest {

  private BlobStore store;
  private LocatorWorld world;
  private final AtomicInteger indexReads = new AtomicInteger();

  @BeforeAll
  void createWorld(@TempDir Path dir) throws Exception {
    store = counting(new LocalDirBlobStore(dir.resolve("cans")));
    world = LocatorWorld.create(dir.resolve("spool"), store);
  }

  @AfterAll
  void closeWorld() throws Exception {
    world.close();
  }

  @ParameterizedTest(name = "{0} #{1}")
  @CsvSource({"spool, 0", "spool, 7", "outbox, 0", "outbox, 5", "uploaded, 0", "uploaded, 6"})
  void measurementIsFoundWhereverItIsWithItsUid(String stage, int i) throws Exception {
    SpoolRecord r = world.byStage.get(stage).get(i);

    byte[] found = world.locator(store, 16).find(r.uid()).orElseThrow();

    assertEquals(LocatorWorld.expected(r), LocatorWorld.tree(found));
  }

  @Test
  void uidThisCollectorNeverSawIsNotFound() throws Exception {
    String uid = world.byStage.get("uploaded").get(0).uid();
    String other = uid.substring(0, uid.length() - 16) + "0123456789abcdef";

    assertEquals(Optional.empty(), world.locator(store, 16).find(other));
  }

  @Test
  void malformedUidIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> world.locator(store, 16).find("../x"));
  }

  @Test
  void indexesAreReadOnceAndTheCacheStaysBounded() throws Exception {
    MeasurementLocator locator = world.locator(store, 2);
    List<SpoolRecord> uploaded = world.byStage.get("uploaded");
    int before = indexReads.get();
    locator.find(uploaded.get(0).uid());
    int afterFirst = indexReads.get();
    locator.find(uploaded.get(0).uid());

    assertEquals(List.of(1, 1), List.of(afterFirst - before, indexReads.get() - before));
    for (SpoolRecord r : uploaded) {
      locator.find(r.uid());
    }
    assertEquals(2, locator.cachedIndexes());
  }

  private BlobStore counting(BlobStore delegate) {
    return new BlobStore() {
      @Override
      public void put(String key, Path file, String sha256Hex) throws BlobStoreException {
        delegate.put(key, file, sha256Hex);
      }

      @Override
      public Optional<BlobInfo> head(String key) throws BlobStoreException {
        return delegate.head(key);
      }

      @Override
      public InputStream open(String key) throws BlobStoreException {
        if (key.endsWith(CanIndex.SIDECAR_SUFFIX)) {
          indexReads.incrementAndGet();
        }
        return delegate.open(key);
      }

      @Override
      public List<String> list(String prefix) throws BlobStoreException {
        return delegate.list(prefix);
      }
    };
  }
}
