package org.cyberwatch.ingest.lookup;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cyberwatch.schemas.can.CanEntry;
import org.cyberwatch.schemas.can.CanFormat;
import org.cyberwatch.schemas.can.CanIndex;
import org.cyberwatch.schemas.can.CanIndexEntry;
import org.cyberwatch.schemas.can.CanReader;

/** Reading one entry out of a can, and the can's index as a uid → line map. */
final class CanEntries {

  private CanEntries() {}

  /** True for the key or name of an index sidecar of a JSONL can. */
  static boolean isJsonlIndex(String key) {
    if (!key.endsWith(CanIndex.SIDECAR_SUFFIX)) {
      return false;
    }
    String can = key.substring(0, key.length() - CanIndex.SIDECAR_SUFFIX.length());
    return CanFormat.fromFileName(can).map(CanFormat::isJsonl).orElse(false);
  }

  /** The can key of an index sidecar key. */
  static String canOf(String indexKey) {
    return indexKey.substring(0, indexKey.length() - CanIndex.SIDECAR_SUFFIX.length());
  }

  /** Reads a gzip sidecar from {@code in} (closed) into a uid → line map. */
  static Map<String, Long> readIndex(InputStream in, String name) throws IOException {
    try (in) {
      CanIndex index = CanIndex.readFrom(in, name);
      Map<String, Long> lines = new HashMap<>(index.entries().size() * 2);
      for (CanIndexEntry e : index.entries()) {
        if (e.measurementUid() != null) {
          lines.put(e.measurementUid(), e.linenum());
        }
      }
      return lines;
    }
  }

  /**
   * The JSON of entry {@code line} of the can in {@code in} (closed); reading stops there.
   *
   * @param canName the can's file name (gives its format)
   */
  static Optional<byte[]> read(InputStream in, String canName, long line) throws IOException {
    try (CanReader reader = CanReader.open(in, canName, CanReader.Mode.RAW)) {
      while (reader.hasNext()) {
        CanEntry e = reader.next();
        if (e.number() == line) {
          return e.ok() ? Optional.of(e.json()) : Optional.empty();
        }
      }
      return Optional.empty();
    }
  }
}
