package org.cyberwatch.probe.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * When targets are measured: the remeasurement interval of recurring targets, the minimum time
 * between two probes of one target (whatever the test or source), and the queue bound.
 *
 * @param remeasureInterval time between runs of one recurring (target, test)
 * @param minTargetInterval minimum time between two measurements of one target
 * @param queueCapacity most tasks waiting at once
 */
public record Schedule(Duration remeasureInterval, Duration minTargetInterval, int queueCapacity) {
  public Schedule {
    Objects.requireNonNull(remeasureInterval, "remeasureInterval");
    Objects.requireNonNull(minTargetInterval, "minTargetInterval");
    if (remeasureInterval.isNegative() || remeasureInterval.isZero()) {
      throw new IllegalArgumentException("remeasureInterval: must be above 0");
    }
    if (minTargetInterval.isNegative()) {
      throw new IllegalArgumentException("minTargetInterval: must not be negative");
    }
    if (queueCapacity < 1) {
      throw new IllegalArgumentException("queueCapacity: must be at least 1, got " + queueCapacity);
    }
  }
}
