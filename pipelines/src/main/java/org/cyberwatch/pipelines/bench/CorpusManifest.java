package org.cyberwatch.pipelines.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code CORPUS.properties} beside a generated corpus: the arguments it was made with and its
 * totals, so a second bench run with the same arguments reuses the cans instead of generating them
 * again. A corpus whose manifest does not match is deleted and generated anew.
 */
final class CorpusManifest {
  static final String FILE = "CORPUS.properties";
  /** Bump when generation changes, so old corpora are not reused. */
  static final String GENERATOR_VERSION = "1";

  private CorpusManifest() {}

  /** The corpus at {@code root} if its manifest matches the arguments and its cans are there. */
  static Optional<Corpus> reuse(Path root, int n, long corpusSeed, SeedDocuments seeds)
      throws IOException {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    if (!key(n, corpusSeed, seeds).equals(p.getProperty("key"))) {
      return Optional.empty();
    }
    var cans = Corpus.listCans(root);
    if (cans.size() != Integer.parseInt(p.getProperty("cans", "-1"))) {
      return Optional.empty();
    }
    Map<String, Long> mix = new TreeMap<>();
    p.stringPropertyNames().stream().filter(k -> k.startsWith("mix."))
        .forEach(k -> mix.put(k.substring(4), Long.parseLong(p.getProperty(k))));
    return Optional.of(new Corpus(root, cans, n, Long.parseLong(p.getProperty("compressed_bytes")),
        Long.parseLong(p.getProperty("json_bytes")), Long.parseLong(p.getProperty("largest_document")),
        mix));
  }

  /** Records {@code corpus}, made with these arguments. */
  static void write(Corpus corpus, long corpusSeed, SeedDocuments seeds) throws IOException {
    Properties p = new Properties();
    p.setProperty("key", key((int) corpus.measurements(), corpusSeed, seeds));
    p.setProperty("cans", Integer.toString(corpus.cans().size()));
    p.setProperty("compressed_bytes", Long.toString(corpus.compressedBytes()));
    p.setProperty("json_bytes", Long.toString(corpus.jsonBytes()));
    p.setProperty("largest_document", Long.toString(corpus.largestDocument()));
    corpus.testMix().forEach((name, count) -> p.setProperty("mix." + name, count.toString()));
    try (Writer w = Files.newBufferedWriter(corpus.root().resolve(FILE), StandardCharsets.UTF_8)) {
      p.store(w, "cyberWatch bench corpus");
    }
  }

  /** Removes a corpus directory (only ever the bench's own corpus directory). */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String key(int n, long corpusSeed, SeedDocuments seeds) {
    return "v" + GENERATOR_VERSION + ":" + n + ":" + corpusSeed + ":" + seeds.digest();
  }
}
