package org.cyberwatch.ingest.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.cyberwatch.ingest.spool.DurableFiles;
import org.cyberwatch.ingest.spool.FramePos;
import org.cyberwatch.ingest.spool.PersistentCounter;
import org.cyberwatch.ingest.spool.PostBody;
import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.schemas.can.CanFormat;
import org.cyberwatch.schemas.can.CanKey;

/**
 * Writes one bucket's records as can pairs: a postcan ({@code .tar.gz}, the POST bodies as
 * received) and a JSONL can ({@code .jsonl.gz}, each measurement with its {@code measurement_uid})
 * holding the same records in the same order under the same can number. A pair is closed once
 * either can exceeds the size limit. Can numbers come from a persistent counter, so a key never
 * repeats for this collector.
 */
final class CanSetWriter {

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");
  private static final int MAX_INDEX = 999_999_999;

  private final Path sealDir;
  private final SealSettings settings;
  private final PersistentCounter canNumbers;
  private final SealProbe probe;

  CanSetWriter(Path sealDir, SealSettings settings, PersistentCounter canNumbers, SealProbe probe) {
    this.sealDir = sealDir;
    this.settings = settings;
    this.canNumbers = canNumbers;
    this.probe = probe;
  }

  /**
   * Writes the cans of {@code bucket} (at least one record) and forces their directory; returns
   * their files in upload order.
   */
  List<SealedFile> write(String bucket, List<FramePos> frames, SealPlan plan) throws IOException {
    List<SealedFile> files = new ArrayList<>();
    List<CanFile> pair = List.of();
    try {
      for (FramePos pos : frames) {
        if (pair.isEmpty()) {
          pair = openPair(bucket);
        }
        append(pair, plan.read(pos));
        if (pair.stream().anyMatch(c -> c.writer().exceeds(settings.maxCanBytes()))) {
          files.addAll(finish(pair));
          pair = List.of();
        }
      }
      if (!pair.isEmpty()) {
        files.addAll(finish(pair));
      }
      DurableFiles.fsyncDirectory(sealDir.resolve(files.get(0).key()).getParent());
    } catch (IOException | RuntimeException e) {
      for (CanFile c : pair) {
        c.abandon();
      }
      throw e;
    }
    return files;
  }

  private List<CanFile> openPair(String bucket) throws IOException {
    long n = canNumbers.next();
    if (n > MAX_INDEX) {
      throw new IllegalStateException("can numbers exhausted: " + n);
    }
    String[] parts = bucket.split("_", 3);
    Instant hour = LocalDateTime.parse(parts[0], HOUR).toInstant(ZoneOffset.UTC);
    List<CanFile> pair = new ArrayList<>(2);
    for (CanFormat f : List.of(CanFormat.POSTCAN_TAR_GZ, CanFormat.JSONL_GZ)) {
      pair.add(CanFile.create(sealDir,
          CanKey.of(hour, parts[1], parts[2], settings.collector(), (int) n, f)));
    }
    return pair;
  }

  private static void append(List<CanFile> pair, SpoolRecord r) throws IOException {
    try {
      pair.get(0).writer().appendPost(r.post(), r.uid());
      pair.get(1).writer().appendJson(PostBody.contentWithUid(r.post(), r.uid()), r.uid());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("journal record " + r.uid() + " cannot go into a can", e);
    }
  }

  private List<SealedFile> finish(List<CanFile> pair) throws IOException {
    List<SealedFile> files = new ArrayList<>(4);
    for (CanFile c : pair) {
      files.addAll(c.finish());
    }
    probe.reached(SealStep.CAN_PAIR_WRITTEN);
    return files;
  }
}
