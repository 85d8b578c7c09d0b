package org.cyberwatch.ingest.batch;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
   * @param jsonSha256 SHA-256 of its measurement JSON (short assertion messages)
   */
  record Entry(String uid, String jsonSha256) {

    /** The entry of a uid and its JSON bytes. */
    static Entry of(String uid, byte[] json) {
      try {
        return new Entry(uid, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

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

  /** The entries of one can file (parsed, so JSONL entries get their uid from the body). */
  static List<Entry> read(Path can) throws IOException {
    try (CanReader reader = CanReader.open(can, CanReader.Mode.PARSE)) {
      List<Entry> out = new ArrayList<>();
      while (reader.hasNext()) {
        CanEntry e = reader.next();
        out.add(Entry.of(e.measurementUid(), e.json()));
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
