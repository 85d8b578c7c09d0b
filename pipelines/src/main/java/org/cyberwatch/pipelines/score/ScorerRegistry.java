package org.cyberwatch.pipelines.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.cyberwatch.pipelines.score.fingerprint.Fingerprints;

/**
 * The {@link Scorers} of a worker JVM, built once per fingerprint source (building them indexes
 * every fingerprint) and shared by the DoFns that score.
 */
public final class ScorerRegistry {
  private static String loadedFrom;
  private static Scorers loaded;

  private ScorerRegistry() {}

  /** The scorers with the fingerprints of {@code path} (a CSV file or directory), or the shipped ones for null. */
  public static synchronized Scorers get(String path) throws IOException {
    if (loaded == null || !Objects.equals(loadedFrom, path)) {
      loaded = path == null ? Scorers.standard() : Scorers.withFingerprints(Fingerprints.load(Path.of(path)));
      loadedFrom = path;
    }
    return loaded;
  }
}
