package org.cyberwatch.probe.worker;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import org.cyberwatch.probe.ratelimit.InFlightLimit;
import org.cyberwatch.probe.ratelimit.Sleeper;
import org.cyberwatch.probe.ratelimit.TokenBucket;
import org.cyberwatch.probe.schedule.Outcome;
import org.cyberwatch.probe.schedule.Scheduler;
import org.cyberwatch.probe.schedule.Task;
import org.cyberwatch.probe.submit.OutboxFullException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker loop: takes a slot ({@link InFlightLimit}), the next due task ({@link Scheduler}) and
 * a token ({@link TokenBucket}), and runs the task on the pool. It sleeps while nothing is due
 * (until the next due time or a new task, at most a minute): no busy loop. After a full outbox it
 * pauses for {@link #OUTBOX_FULL_PAUSE} before measuring again.
 */
public final class Dispatcher {
  /** Pause after the outbox was full. */
  public static final Duration OUTBOX_FULL_PAUSE = Duration.ofMinutes(5);
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final long MAX_IDLE_MILLIS = 60_000;

  private final Scheduler scheduler;
  private final TokenBucket bucket;
  private final InFlightLimit inFlight;
  private final MeasurementRunner runner;
  private final ExecutorService pool;
  private final Clock clock;
  private final Sleeper sleeper;
  private volatile boolean outboxFull;

  /** A dispatcher running tasks on {@code pool}. */
  public Dispatcher(Scheduler scheduler, TokenBucket bucket, InFlightLimit inFlight,
      MeasurementRunner runner, ExecutorService pool, Clock clock, Sleeper sleeper) {
    this.scheduler = scheduler;
    this.bucket = bucket;
    this.inFlight = inFlight;
    this.runner = runner;
    this.pool = pool;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Runs tasks until {@code stop} is true, or, when {@code untilIdle}, until no task is queued or
   * running.
   */
  public void run(BooleanSupplier stop, boolean untilIdle) throws InterruptedException {
    while (!stop.getAsBoolean()) {
      if (outboxFull) {
        sleeper.sleep(OUTBOX_FULL_PAUSE);
        outboxFull = false;
      }
      inFlight.acquire();
      Optional<Task> task = scheduler.next(clock.instant());
      if (task.isEmpty()) {
        inFlight.release();
        if (untilIdle && scheduler.depth() == 0 && inFlight.inFlight() == 0
            && scheduler.runningCount() == 0) {
          return;
        }
        scheduler.awaitChange(idleMillis());
        continue;
      }
      bucket.acquire();
      pool.execute(() -> runOne(task.get()));
    }
  }

  private long idleMillis() {
    Optional<Instant> due = scheduler.nextDue();
    if (due.isEmpty()) {
      return MAX_IDLE_MILLIS;
    }
    long millis = Duration.between(clock.instant(), due.get()).toMillis();
    return Math.max(1, Math.min(MAX_IDLE_MILLIS, millis));
  }

  private void runOne(Task task) {
    Outcome outcome = Outcome.INVALID;
    try {
      outcome = runner.run(task);
    } catch (OutboxFullException e) {
      outboxFull = true;
      outcome = Outcome.SUCCESS;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      LOG.error("event=measurement_error test={} source={}", task.testName(), task.source(), e);
    } finally {
      inFlight.release();
      scheduler.completed(task, outcome, clock.instant());
    }
  }
}
