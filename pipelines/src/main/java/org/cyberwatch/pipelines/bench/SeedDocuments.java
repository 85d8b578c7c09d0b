package org.cyberwatch.pipelines.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/**
 * The real measurements a bench corpus is generated from: every {@code *.json} file under the seed
 * directories that parses as a measurement, once per distinct document, without its {@code
 * measurement_uid}, in path order. Files that are not measurements (fingerprint lists, PeeringDB
 * objects) and documents over {@link #MAX_SEED_BYTES} are skipped and listed.
 *
 * @param documents the seeds, in order
 * @param skipped "path: why" for every file not used
 * @param digest SHA-256 (hex) of the seeds' compact JSON: names the seed set in the corpus manifest
 */
public record SeedDocuments(List<Measurement> documents, List<String> skipped, String digest) {
  /** Largest seed (compact JSON): leaves 1 KiB for the varied fields under the 64 KiB cap. */
  public static final int MAX_SEED_BYTES = 63 * 1024;

  public SeedDocuments {
    documents = List.copyOf(documents);
    skipped = List.copyOf(skipped);
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("documents: no measurement among the seeds");
    }
    if (digest == null || digest.isBlank()) {
      throw new IllegalArgumentException("digest: required");
    }
  }

  /** Loads the seeds under {@code dirs}; throws {@link IllegalArgumentException} if none parse. */
  public static SeedDocuments load(List<Path> dirs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("--seeds: not a directory: " + dir);
      }
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    Set<JsonNode> seen = new HashSet<>();
    List<Measurement> kept = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    MessageDigest sha = sha256();
    for (Path f : files) {
      Measurement m;
      try {
        m = MeasurementCodec.parse(Files.readAllBytes(f)).withoutField("measurement_uid");
      } catch (IllegalArgumentException notAMeasurement) {
        skipped.add(f + ": not a measurement");
        continue;
      }
      byte[] compact = MeasurementCodec.toBytes(m);
      if (compact.length > MAX_SEED_BYTES) {
        skipped.add(f + ": " + compact.length + " bytes, over " + MAX_SEED_BYTES);
      } else if (seen.add(m.json())) {
        kept.add(m);
        sha.update(compact);
      }
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("--seeds: no measurement under " + dirs);
    }
    return new SeedDocuments(kept, skipped, HexFormat.of().formatHex(sha.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
