package org.cyberwatch.ingest.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyberwatch.schemas.can.CanEntry;
import org.cyberwatch.schemas.can.CanFormat;
import org.cyberwatch.schemas.can.CanReader;

/** Reads back what sealed can sets hold, for assertions. */
final class SealedSets {

  /**
   * One entry of a can as read back.
   *
   * @param uid its measurement uid
   * @param json its measurement JSON
   */
  record Entry(String uid, String json) {}

  private SealedSets() {}

  /** Every entry of every can of {@code format} in the committed sets of {@code outbox}. */
  static List<Entry> entries(Outbox outbox, CanFormat format) throws IOException {
    List<Entry> out = new ArrayList<>();
    for (Outbox.SealDir dir : outbox.list()) {
      for (SealedFile f : SealManifest.read(dir.manifest()).files()) {
        if (!f.indexSidecar() && f.key().endsWith(format.extension())) {
          out.addAll(read(dir.file(f.key())));
        }
      }
    }
    return out;
  }

  /** The entries of one can file. */
  static List<Entry> read(Path can) throws IOException {
    try (CanReader reader = CanReader.open(can, CanReader.Mode.RAW)) {
      List<Entry> out = new ArrayList<>();
      while (reader.hasNext()) {
        CanEntry e = reader.next();
        out.add(new Entry(e.measurementUid(), new String(e.json(), StandardCharsets.UTF_8)));
      }
      return out;
    }
  }

  /** The uids of the entries, sorted (duplicates kept). */
  static List<String> sortedUids(List<Entry> entries) {
    return entries.stream().map(Entry::uid).sorted().toList();
  }

  /** Every file below {@code dir} (relative names), for checking what a crash left. */
  static List<String> fileNames(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (var all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }
  }
}
