package org.cyberwatch.ingest.lookup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cyberwatch.ingest.batch.Outbox;
import org.cyberwatch.ingest.spool.PostBody;
import org.cyberwatch.ingest.spool.SpoolQueue;
import org.cyberwatch.ingest.upload.BlobStore;
import org.cyberwatch.schemas.id.MeasurementUid;

/**
 * Finds any measurement this collector acknowledged, by uid, wherever it is now: (1) in the spool
 * (its journal frame, found through the spool index); (2) in a sealed can set still in the
 * outbox, through the JSONL cans' index sidecars; (3) in the blob store: the uid gives the hour, country and test name, so only the
 * index sidecars under {@code raw/YYYYMMDD/HH/CC/testname/} are listed and read (indexes are
 * cached, bounded), then the can is streamed up to the entry. The order matches the data's path,
 * and each stage deletes its copy only after the next one holds it, so a measurement moving on
 * meanwhile is still found.
 */
public final class MeasurementLocator {

  /** Default number of can indexes kept in memory. */
  public static final int DEFAULT_INDEX_CACHE = 256;

  private static final DateTimeFormatter HOUR_DIR =
      DateTimeFormatter.ofPattern("yyyyMMdd/HH").withZone(ZoneOffset.UTC);

  private final SpoolQueue spool;
  private final Outbox outbox;
  private final BlobStore store;
  private final IndexCache indexes;

  /** A locator over the spool, its outbox and the blob store cans are uploaded to. */
  public MeasurementLocator(SpoolQueue spool, Outbox outbox, BlobStore store, int indexCacheSize) {
    this.spool = spool;
    this.outbox = outbox;
    this.store = store;
    this.indexes = new IndexCache(indexCacheSize);
  }

  /**
   * The measurement JSON of {@code uid}, with its {@code measurement_uid}, or empty when this
   * collector has no such measurement.
   *
   * @throws IllegalArgumentException naming {@code measurement_uid} when the uid is malformed
   */
  public Optional<byte[]> find(String uid) throws IOException {
    String dir = canDir(MeasurementUid.parse(uid));
    Optional<byte[]> post = spool.read(uid);
    if (post.isPresent()) {
      return Optional.of(PostBody.contentWithUid(post.get(), uid));
    }
    Optional<byte[]> found = inOutbox(uid, dir);
    return found.isPresent() ? found : inStore(uid, dir);
  }

  /** Indexes in the cache now (for tests and metrics). */
  int cachedIndexes() {
    return indexes.size();
  }

  private static String canDir(MeasurementUid uid) {
    return "raw/" + HOUR_DIR.format(uid.receivedAt()) + "/" + uid.cc() + "/" + uid.testName() + "/";
  }

  private Optional<byte[]> inOutbox(String uid, String dir) throws IOException {
    for (Outbox.SealDir seal : outbox.list()) {
      if (seal.state() == Outbox.State.PARTIAL) {
        continue;
      }
      try {
        for (Path index : jsonlIndexes(seal.file(dir))) {
          Long line = CanEntries.readIndex(Files.newInputStream(index), index.toString()).get(uid);
          if (line != null) {
            Path can = index.resolveSibling(CanEntries.canOf(index.getFileName().toString()));
            return CanEntries.read(Files.newInputStream(can), can.getFileName().toString(), line);
          }
        }
      } catch (NoSuchFileException uploadedMeanwhile) {
        // the uploader moved this set on; the blob store has it
      }
    }
    return Optional.empty();
  }

  private static List<Path> jsonlIndexes(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> CanEntries.isJsonlIndex(p.getFileName().toString())).sorted().toList();
    }
  }

  private Optional<byte[]> inStore(String uid, String dir) throws IOException {
    for (String key : store.list(dir)) {
      if (!CanEntries.isJsonlIndex(key)) {
        continue;
      }
      Map<String, Long> lines = indexes.get(key, k -> CanEntries.readIndex(store.open(k), k));
      Long line = lines.get(uid);
      if (line != null) {
        String can = CanEntries.canOf(key);
        InputStream in = store.open(can);
        return CanEntries.read(in, can.substring(can.lastIndexOf('/') + 1), line);
      }
    }
    return Optional.empty();
  }
}
