package org.cyberwatch.pipelines.bench;

/**
 * One {@code reprocess} run of the bench into its own schema.
 *
 * @param measurements measurements in its input
 * @param seconds wall time of the whole command (start-up, migrations, job, run record)
 * @param cpuSeconds CPU time of this JVM meanwhile (PostgreSQL's own CPU is not included)
 * @param exitCode the command's exit code (0: the run finished and its counts reconcile)
 * @param rowsLoaded rows in {@code measurements} afterwards
 */
public record RunnerRun(long measurements, double seconds, double cpuSeconds, int exitCode,
    long rowsLoaded) {
  public RunnerRun {
    if (measurements < 0 || seconds < 0 || cpuSeconds < 0) {
      throw new IllegalArgumentException("measurements, seconds, cpuSeconds: must be >= 0");
    }
  }

  /** It finished, reconciled, and loaded one row per measurement. */
  public boolean ok() {
    return exitCode == 0 && rowsLoaded == measurements;
  }
}
