package org.cyberwatch.ingest.bench;

/**
 * What one load run against the collector measured.
 *
 * @param clients concurrent clients
 * @param seconds length of the measured window
 * @param acknowledged submissions answered 200 (durable) inside the window
 * @param failed submissions that failed inside the window
 * @param firstFailure the first failure, or null
 * @param latency latency of the acknowledged submissions
 * @param fsyncs journal forces during the window
 * @param committed measurements made durable by those forces
 * @param fsyncSeconds time spent in those forces
 * @param cpu CPU time of the whole process and of the client threads during the window
 */
record LoadResult(int clients, double seconds, long acknowledged, long failed, String firstFailure,
    LatencyStats latency, long fsyncs, long committed, double fsyncSeconds, double cpuSeconds,
    double clientCpuSeconds) {

  /** Checks the counts. */
  public LoadResult {
    if (clients < 1 || seconds <= 0 || acknowledged < 0 || failed < 0 || fsyncs < 0 || committed < 0
        || fsyncSeconds < 0) {
      throw new IllegalArgumentException("clients, seconds: must be > 0; counts, fsyncSeconds: must be >= 0");
    }
    if (latency == null) {
      throw new IllegalArgumentException("latency: must not be null");
    }
  }

  /** Durable (acknowledged) measurements per second. */
  public double perSecond() {
    return acknowledged / seconds;
  }

  /** Mean time of one journal fsync, in ms (0 without fsyncs). */
  public double meanFsyncMillis() {
    return fsyncs == 0 ? 0 : fsyncSeconds * 1000 / fsyncs;
  }

  /** CPU milliseconds per acknowledged measurement of {@code seconds} CPU time, -1 when unknown. */
  public double cpuMillisPerMeasurement(double cpuSeconds) {
    return cpuSeconds < 0 || acknowledged == 0 ? -1 : cpuSeconds * 1000 / acknowledged;
  }

  /** Measurements per journal fsync (group commit size), 0 without fsyncs. */
  public double perFsync() {
    return fsyncs == 0 ? 0 : (double) committed / fsyncs;
  }
}
