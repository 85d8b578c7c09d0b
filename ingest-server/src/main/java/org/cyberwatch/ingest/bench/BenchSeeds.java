package org.cyberwatch.ingest.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.cyberwatch.schemas.measurement.MeasurementParseException;

/**
 * The real measurements the benchmark submits: the {@code *.json} files of a directory, or the
 * OONI spec examples bundled in the jar. Files that are not measurements the collector accepts
 * (envelope checks of {@link MeasurementCodec}) are skipped and named in {@link #skipped()}.
 *
 * @param source where the seeds came from, for the report
 * @param seeds the usable measurements, in file-name order
 * @param skipped names of the files that were skipped, with the reason
 */
record BenchSeeds(String source, List<Seed> seeds, List<String> skipped) {

  /** The corpus directory used when it exists (relative to the working directory). */
  public static final Path DEFAULT_DIR = Path.of("../shared/corpus/ooni-spec-examples");

  private static final String BUNDLED = "seeds/";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * One seed measurement.
   *
   * @param name its file name
   * @param measurement the measurement as a tree (copy before changing it)
   */
  public record Seed(String name, ObjectNode measurement) {}

  /** Requires at least one seed and copies the lists. */
  public BenchSeeds {
    if (seeds == null || seeds.isEmpty()) {
      throw new IllegalArgumentException("seeds: no usable measurement in " + source + " (skipped: " + skipped + ")");
    }
    seeds = List.copyOf(seeds);
    skipped = List.copyOf(skipped);
  }

  /** The seeds of {@code dir}, else of {@link #DEFAULT_DIR} when present, else the bundled ones. */
  public static BenchSeeds load(Path dir) throws IOException {
    if (dir != null) {
      return fromDir(dir);
    }
    return Files.isDirectory(DEFAULT_DIR) ? fromDir(DEFAULT_DIR) : bundled();
  }

  /** The {@code *.json} files of {@code dir}. */
  public static BenchSeeds fromDir(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    Builder b = new Builder();
    for (Path f : files) {
      b.add(f.getFileName().toString(), Files.readAllBytes(f));
    }
    return b.build(dir.toAbsolutePath().normalize().toString());
  }

  /** The OONI spec examples bundled in the jar (see {@code seeds/README.md} there). */
  public static BenchSeeds bundled() throws IOException {
    Builder b = new Builder();
    for (String name : new String(resource("index.txt"), StandardCharsets.UTF_8).split("\n")) {
      if (!name.isBlank()) {
        b.add(name.trim(), resource(name.trim()));
      }
    }
    return b.build("bundled OONI spec examples");
  }

  /** Mean size of the seeds' POST bodies ({@code {"format":"json","content":…}}), in bytes. */
  public double meanBodyBytes() {
    return seeds.stream().mapToInt(s -> BenchBodies.post(s.measurement()).length).average().orElse(0);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = BenchSeeds.class.getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        throw new IOException("no bundled seed " + name);
      }
      return in.readAllBytes();
    }
  }

  private static final class Builder {
    private final List<Seed> seeds = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    void add(String name, byte[] bytes) throws IOException {
      try {
        MeasurementCodec.parse(bytes);
        seeds.add(new Seed(name, (ObjectNode) JSON.readTree(bytes)));
      } catch (MeasurementParseException e) {
        skipped.add(name + ": " + e.getMessage());
      }
    }

    BenchSeeds build(String source) {
      return new BenchSeeds(source, seeds, skipped);
    }
  }
}
