package org.cyberwatch.pipelines.bench;

import java.nio.file.Path;
import java.util.List;
import org.cyberwatch.pipelines.load.postgres.PostgresTarget;

/**
 * Everything a bench run needs, resolved from the command line.
 *
 * @param measurements corpus size
 * @param workDir where the corpus is generated (and reused on the next run)
 * @param seeds directories of real measurements the corpus is generated from
 * @param snapshots dated snapshot directory for enrichment, or null (lookups then return unknowns)
 * @param postgres the PostgreSQL server for figures (c)/(d), or null to skip them
 * @param postgresPasswordFile passed on to {@code reprocess}, or null
 * @param scales multiples of the base size for the cost-growth figure, ascending
 * @param skipRunners skip figures (c)/(d) even with a server
 * @param directMeasurements the direct runner's full run reads the first cans holding this many
 *     measurements (it is far slower); 0 = the whole corpus
 * @param corpusSeed fixes every random choice of the corpus
 */
public record BenchConfig(int measurements, Path workDir, List<Path> seeds, Path snapshots,
    PostgresTarget postgres, Path postgresPasswordFile, List<Integer> scales, boolean skipRunners,
    long directMeasurements, long corpusSeed) {
  public BenchConfig {
    if (measurements < 1) {
      throw new IllegalArgumentException("--measurements: must be >= 1, got " + measurements);
    }
    if (workDir == null) {
      throw new IllegalArgumentException("--work-dir: required");
    }
    seeds = List.copyOf(seeds);
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("--seeds: at least one directory");
    }
    if (directMeasurements < 0) {
      throw new IllegalArgumentException("--direct-measurements: must be >= 0");
    }
    scales = scales.stream().sorted().distinct().toList();
    if (scales.isEmpty() || scales.get(0) < 1) {
      throw new IllegalArgumentException("--scales: positive multiples, e.g. 1,4,16");
    }
    if (maxScale(scales) > measurements) {
      throw new IllegalArgumentException("--scales: the largest (" + maxScale(scales)
          + ") must not exceed --measurements (" + measurements + ")");
    }
  }

  /** Measurements at scale 1×: the corpus divided by the largest scale. */
  public long baseSize() {
    return measurements / maxScale(scales);
  }

  /** The largest scale. */
  public int maxScale() {
    return maxScale(scales);
  }

  /** Whether figures (c)/(d) run. */
  public boolean runsRunners() {
    return postgres != null && !skipRunners;
  }

  private static int maxScale(List<Integer> scales) {
    return scales.get(scales.size() - 1);
  }
}
