package org.cyberwatch.pipelines.bench;

/** How a figure compares with its target. */
public enum Verdict {
  /** The measured value meets the target. */
  PASS,
  /** The measured value misses the target (or could not be measured properly). */
  MISS,
  /** No target: shown for comparison. */
  INFO,
  /** Not measured in this run; the figure says why. */
  SKIPPED;

  /** As printed in the table. */
  public String label() {
    return this == INFO ? "-" : name();
  }
}
