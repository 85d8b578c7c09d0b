package org.cyberwatch.pipelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cyberwatch.schemas.can.CanEntry;
import org.cyberwatch.schemas.can.CanFormat;
import org.cyberwatch.schemas.can.CanReader;

/**
 * A generated corpus on disk: {@code jsonl.gz} cans in OONI's layout ({@code
 * raw/YYYYMMDD/HH/CC/testname/…}) under {@link #root}.
 *
 * @param root the directory holding {@code raw/}
 * @param cans every can, sorted by path (the order every pass reads them in)
 * @param measurements how many measurements the cans hold
 * @param compressedBytes total size of the cans
 * @param jsonBytes total size of the JSON lines, uncompressed
 * @param largestDocument size of the largest document in bytes
 * @param testMix measurements per test name
 */
public record Corpus(Path root, List<Path> cans, long measurements, long compressedBytes,
    long jsonBytes, long largestDocument, Map<String, Long> testMix) {
  public Corpus {
    if (root == null) {
      throw new IllegalArgumentException("root: required");
    }
    cans = List.copyOf(cans);
    testMix = Map.copyOf(testMix);
    if (measurements < 0 || compressedBytes < 0 || jsonBytes < 0 || largestDocument < 0) {
      throw new IllegalArgumentException("counts and sizes: must be >= 0");
    }
  }

  /** The glob that matches every can, for {@code reprocess --input}. */
  public String inputGlob() {
    return root.resolve("raw").toAbsolutePath() + "/*/*/*/*/*" + CanFormat.JSONL_GZ.extension();
  }

  /** Receives entries in corpus order. */
  interface EntryVisitor {
    void visit(String can, CanEntry entry);
  }

  /**
   * Reads the first {@code limit} entries (all when fewer) in can order, each handed to {@code
   * visitor} as read; returns how many were read. Entries the reader rejects stop the pass.
   */
  long forEachEntry(long limit, EntryVisitor visitor) throws IOException {
    long n = 0;
    for (Path can : cans) {
      try (CanReader r = CanReader.open(can, CanReader.Mode.RAW)) {
        while (n < limit && r.hasNext()) {
          CanEntry e = r.next();
          if (!e.ok()) {
            throw new IllegalStateException(can + " entry " + e.number() + ": " + e.problem());
          }
          visitor.visit(can.toString(), e);
          n++;
        }
      }
      if (n >= limit) {
        break;
      }
    }
    return n;
  }

  /** The cans under {@code root}, sorted by path. */
  static List<Path> listCans(Path root) throws IOException {
    Path raw = root.resolve("raw");
    if (!Files.isDirectory(raw)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(raw)) {
      return s.filter(p -> p.getFileName().toString().endsWith(CanFormat.JSONL_GZ.extension()))
          .sorted().toList();
    }
  }

  /** Entries in one can (read without parsing). */
  static long countEntries(Path can) throws IOException {
    long n = 0;
    try (CanReader r = CanReader.open(can, CanReader.Mode.RAW)) {
      while (r.hasNext()) {
        r.next();
        n++;
      }
    }
    return n;
  }

  /** Test mix as "name n, name n, …" by descending count. */
  public String describeMix() {
    TreeMap<String, Long> sorted = new TreeMap<>(testMix);
    StringBuilder b = new StringBuilder();
    sorted.entrySet().stream()
        .sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
        .forEach(e -> b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
            .append(e.getValue()));
    return b.toString();
  }
}
