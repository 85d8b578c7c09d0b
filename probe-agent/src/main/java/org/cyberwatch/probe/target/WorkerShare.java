package org.cyberwatch.probe.target;

/**
 * Which targets this worker measures when several workers (systemd instances {@code
 * cyberwatch-probe@1..N}) share one node: a target belongs to worker {@code 1 + (h mod count)},
 * where {@code h} is {@link String#hashCode()} of its input (specified, so every worker agrees).
 *
 * @param index this worker, 1..count
 * @param count workers sharing the targets
 */
public record WorkerShare(int index, int count) {
  /** The only worker. */
  public static final WorkerShare SOLE = new WorkerShare(1, 1);

  public WorkerShare {
    if (count < 1) {
      throw new IllegalArgumentException("count: must be at least 1, got " + count);
    }
    if (index < 1 || index > count) {
      throw new IllegalArgumentException("index: must be in 1.." + count + ", got " + index);
    }
  }

  /** Whether this worker measures {@code input}. */
  public boolean owns(String input) {
    return count == 1 || Math.floorMod(input.hashCode(), count) == index - 1;
  }
}
