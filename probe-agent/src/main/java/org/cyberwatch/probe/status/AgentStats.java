package org.cyberwatch.probe.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counters of one agent run, shared by the workers: measurements by outcome, measurements dropped
 * because the outbox was full, and the start times of the last minute's measurements (for the
 * rate). Bounded: at most one minute of timestamps is kept.
 */
public final class AgentStats {
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final Clock clock;
  private final Deque<Instant> recent = new ArrayDeque<>();
  private long measured;
  private long failed;
  private long invalid;
  private long outboxFull;

  /** Empty counters. */
  public AgentStats(Clock clock) {
    this.clock = clock;
  }

  /** A measurement ended with a result (failed = network failure in its test keys). */
  public synchronized void measured(boolean failure) {
    measured++;
    failed += failure ? 1 : 0;
    Instant now = clock.instant();
    recent.addLast(now);
    trim(now);
  }

  /** A task could not be measured (bad input, no measurer). */
  public synchronized void invalid() {
    invalid++;
  }

  /** A finished measurement did not fit the outbox. */
  public synchronized void outboxFull() {
    outboxFull++;
  }

  /** Measurements finished in the last minute. */
  public synchronized int lastMinute() {
    trim(clock.instant());
    return recent.size();
  }

  /** Measurements with a result. */
  public synchronized long measuredCount() {
    return measured;
  }

  /** Measurements whose test keys report a failure. */
  public synchronized long failedCount() {
    return failed;
  }

  /** Tasks that could not be measured. */
  public synchronized long invalidCount() {
    return invalid;
  }

  /** Measurements lost to a full outbox. */
  public synchronized long outboxFullCount() {
    return outboxFull;
  }

  private void trim(Instant now) {
    while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
      recent.removeFirst();
    }
  }
}
