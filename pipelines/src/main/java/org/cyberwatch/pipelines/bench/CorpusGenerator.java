package org.cyberwatch.pipelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cyberwatch.schemas.can.CanFormat;
import org.cyberwatch.schemas.can.CanKey;
import org.cyberwatch.schemas.can.CanWriter;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/**
 * Generates a bench corpus from {@link SeedDocuments}: measurement {@code i} is seed document
 * {@link CorpusEntry#seed} changed by {@link MeasurementVariation}, its draws fixed by the corpus
 * seed and {@code i}. Receive times fall in {@link #WINDOW_START} plus one hour per {@link
 * #MEASUREMENTS_PER_HOUR}; start times up to three days earlier, so every measurement is dated on
 * or after 2023-05-05 and the dated snapshot fixtures (2023-04-01/2023-05-01) apply. Cans are one
 * per receive hour, country and test, cut at OONI's 20 MB; the same arguments give the same bytes.
 */
public final class CorpusGenerator {
  /** Receive time of the first hour. */
  public static final Instant WINDOW_START = Instant.parse("2023-05-08T00:00:00Z");
  /** Measurements per receive hour (so a can holds a few dozen to a few hundred). */
  public static final int MEASUREMENTS_PER_HOUR = 50_000;
  /** No generated document is larger. */
  public static final int MAX_DOCUMENT_BYTES = 64 * 1024;

  private final SeedDocuments seeds;
  private final long corpusSeed;

  public CorpusGenerator(SeedDocuments seeds, long corpusSeed) {
    this.seeds = seeds;
    this.corpusSeed = corpusSeed;
  }

  /** The entries of an {@code n}-measurement corpus, grouped by can and in receive order. */
  List<CorpusEntry> plan(int n) {
    int hours = Math.max(1, (n + MEASUREMENTS_PER_HOUR - 1) / MEASUREMENTS_PER_HOUR);
    List<CorpusEntry> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      entries.add(CorpusEntry.draw(corpusSeed, i, seeds.documents().size(), WINDOW_START, hours));
    }
    entries.sort(Comparator.comparing(this::canPrefix)
        .thenComparing(CorpusEntry::receivedAt).thenComparingInt(CorpusEntry::index));
    return entries;
  }

  /** The measurement of one planned entry. */
  Measurement measurement(CorpusEntry e) {
    return MeasurementVariation.of(seeds.documents().get(e.seed()), e);
  }

  /** Writes an {@code n}-measurement corpus under {@code root} (which must hold no cans yet). */
  public Corpus write(Path root, int n) throws IOException {
    if (n < 1) {
      throw new IllegalArgumentException("--measurements: must be >= 1, got " + n);
    }
    Map<String, List<CorpusEntry>> byCan = new TreeMap<>();
    for (CorpusEntry e : plan(n)) {
      byCan.computeIfAbsent(canPrefix(e), k -> new ArrayList<>()).add(e);
    }
    Totals totals = new Totals();
    for (List<CorpusEntry> group : byCan.values()) {
      writeGroup(root, group, totals);
    }
    return new Corpus(root, Corpus.listCans(root), n, totals.compressed, totals.json,
        totals.largest, totals.mix);
  }

  private void writeGroup(Path root, List<CorpusEntry> group, Totals totals) throws IOException {
    int index = 0;
    CanWriter writer = open(root, group.get(0), index);
    for (CorpusEntry e : group) {
      if (writer.exceeds(CanWriter.OONI_CAN_BYTES)) {
        totals.close(writer);
        writer = open(root, e, ++index);
      }
      Measurement m = measurement(e);
      byte[] json = MeasurementCodec.toBytes(m);
      if (json.length > MAX_DOCUMENT_BYTES) {
        throw new IllegalStateException("entry " + e.index() + ": " + json.length + " bytes");
      }
      writer.appendJson(json, m.measurementUid());
      totals.add(m.testName(), json.length);
    }
    totals.close(writer);
  }

  private CanWriter open(Path root, CorpusEntry e, int index) throws IOException {
    Measurement seed = seeds.documents().get(e.seed());
    CanKey key = CanKey.of(e.receivedAt(), e.network().cc(), seed.testName(),
        MeasurementVariation.COLLECTOR, index, CanFormat.JSONL_GZ);
    Path file = root.resolve(key.toPath());
    Files.createDirectories(file.getParent());
    return CanWriter.create(file, CanFormat.JSONL_GZ);
  }

  /** Sorts like the path of the entry's can: receive hour, country, test name. */
  private String canPrefix(CorpusEntry e) {
    String test = seeds.documents().get(e.seed()).compactTestName();
    return e.receivedAt().truncatedTo(ChronoUnit.HOURS) + "/" + e.network().cc() + "/" + test;
  }

  private static final class Totals {
    long compressed;
    long json;
    long largest;
    final Map<String, Long> mix = new TreeMap<>();

    void add(String testName, int bytes) {
      json += bytes;
      largest = Math.max(largest, bytes);
      mix.merge(testName, 1L, Long::sum);
    }

    void close(CanWriter writer) throws IOException {
      compressed += writer.finish().canBytes();
    }
  }
}
