package org.cyberwatch.probe.measure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that starts at a fixed instant and moves forward by {@code step} on every reading. */
public final class StepClock extends Clock {

  private Instant next;
  private final Duration step;

  public StepClock(Instant start, Duration step) {
    this.next = start;
    this.step = step;
  }

  /** Starts at 2026-01-02T03:04:05Z and moves 1.5 ms per reading. */
  public static StepClock standard() {
    return new StepClock(Instant.parse("2026-01-02T03:04:05Z"), Duration.ofMillis(1).plusNanos(
        500_000));
  }

  @Override
  public synchronized Instant instant() {
    Instant now = next;
    next = next.plus(step);
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("fixed to UTC");
  }
}
