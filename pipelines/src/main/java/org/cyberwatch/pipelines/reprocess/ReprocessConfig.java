package org.cyberwatch.pipelines.reprocess;

import java.util.List;
import org.cyberwatch.pipelines.load.neo4j.Neo4jTarget;
import org.cyberwatch.pipelines.load.postgres.PostgresTarget;
import org.cyberwatch.pipelines.parse.MeasurementFilter;
import org.cyberwatch.pipelines.read.CanFile;

/**
 * Everything a reprocess run needs, resolved in the launcher from flags, environment and files
 * (workers may not share the launcher's environment).
 *
 * @param runId names the run in {@code pipeline_runs} and {@code failures}
 * @param cans the cans to read, sorted
 * @param filter countries and test names to keep
 * @param stopAfter keep the N smallest uids; 0 = all
 * @param snapshotsDir local directory of dated snapshots, or null
 * @param fingerprints fingerprint CSV file or directory, or null for the shipped ones
 * @param postgres where to load, or null ({@code --noWriteToDb} or no URL)
 * @param neo4j where to project the AS graph, or null
 * @param exportDir where to write the canonical export, or null
 */
public record ReprocessConfig(
    String runId,
    List<CanFile> cans,
    MeasurementFilter filter,
    long stopAfter,
    String snapshotsDir,
    String fingerprints,
    PostgresTarget postgres,
    Neo4jTarget neo4j,
    String exportDir) {
  public ReprocessConfig {
    if (runId == null || runId.isBlank()) {
      throw new IllegalArgumentException("runId: must not be blank");
    }
    cans = List.copyOf(cans);
    if (filter == null) {
      throw new IllegalArgumentException("filter: required");
    }
    if (stopAfter < 0) {
      throw new IllegalArgumentException("stopAfter: must be >= 0, got " + stopAfter);
    }
    if (neo4j != null && postgres == null) {
      throw new IllegalArgumentException("neo4j: the graph is projected from PostgreSQL, which is not configured");
    }
  }
}
