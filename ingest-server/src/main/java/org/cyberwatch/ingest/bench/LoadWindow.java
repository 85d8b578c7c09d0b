package org.cyberwatch.ingest.bench;

/**
 * The measured part of a benchmark run, in {@link System#nanoTime()} terms: what completes before
 * {@code startNanos} is warm-up, the run ends at {@code endNanos}.
 *
 * @param startNanos start of the measured window
 * @param endNanos end of the window, after the start
 */
record LoadWindow(long startNanos, long endNanos) {

  LoadWindow {
    if (endNanos - startNanos <= 0) {
      throw new IllegalArgumentException("endNanos: must be after startNanos");
    }
  }

  /** A window that starts {@code warmupNanos} after {@code now} and lasts {@code lengthNanos}. */
  static LoadWindow after(long now, long warmupNanos, long lengthNanos) {
    return new LoadWindow(now + warmupNanos, now + warmupNanos + lengthNanos);
  }

  boolean contains(long nanos) {
    return nanos - startNanos >= 0 && nanos - endNanos < 0;
  }

  boolean isOver(long nanos) {
    return nanos - endNanos >= 0;
  }

  double seconds() {
    return (endNanos - startNanos) / 1e9;
  }
}
