package org.cyberwatch.probe.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cyberwatch.probe.target.Target;
import org.junit.jupiter.api.Test;

class SchedulerTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final Scheduler scheduler =
      new Scheduler(new Schedule(Duration.ofHours(1), Duration.ofMinutes(10), 3));

  private static Task task(String input, String test, int priority, long asn) {
    return new Task(new Target(input, asn, Map.of()), test, priority, "t", T0, true);
  }

  private Optional<String> next(Instant now) {
    return scheduler.next(now).map(Task::key);
  }

  @Test
  void highestPriorityGoesFirst() {
    scheduler.offer(task("192.0.2.1", "ping", 20, 0));
    scheduler.offer(task("192.0.2.2", "ping", 100, 0));
    assertEquals(Optional.of("ping 192.0.2.2"), next(T0));
  }

  @Test
  void sameHostWaitsTheMinimumIntervalWhateverTheTest() {
    scheduler.offer(task("192.0.2.1", "ping", 20, 0));
    scheduler.offer(task("192.0.2.1:443", "tcp_connect", 20, 0));
    Task first = scheduler.next(T0).orElseThrow();
    scheduler.completed(first, Outcome.SUCCESS, T0);
    assertEquals(Optional.empty(), next(T0.plus(Duration.ofMinutes(9))));
    assertEquals(Optional.of("tcp_connect 192.0.2.1:443"), next(T0.plus(Duration.ofMinutes(10))));
  }

  @Test
  void recurringTaskComesBackAfterTheRemeasureInterval() {
    scheduler.offer(task("192.0.2.1", "ping", 20, 0));
    scheduler.completed(scheduler.next(T0).orElseThrow(), Outcome.SUCCESS, T0);
    assertEquals(Optional.empty(), next(T0.plus(Duration.ofMinutes(59))));
    assertEquals(Optional.of("ping 192.0.2.1"), next(T0.plus(Duration.ofHours(1))));
  }

  @Test
  void failingAsBacksOffAfterThreeFailures() {
    Schedule s = new Schedule(Duration.ofSeconds(1), Duration.ZERO, 100);
    Scheduler sch = new Scheduler(s);
    Instant now = T0;
    for (int i = 1; i <= 3; i++) {
      sch.offer(new Task(new Target("192.0.2." + i, 64500, Map.of()), "ping", 20, "t", T0, false));
      sch.completed(sch.next(now).orElseThrow(), Outcome.FAILURE, now);
    }
    sch.offer(task("192.0.2.99", "ping", 20, 64500));
    assertEquals(Optional.empty(), sch.next(now.plus(Duration.ofMinutes(9))).map(Task::key));
    assertEquals(Optional.of("ping 192.0.2.99"),
        sch.next(now.plus(Duration.ofMinutes(10))).map(Task::key));
  }

  @Test
  void fullQueueKeepsTheHigherPriorityTasks() {
    scheduler.offer(task("192.0.2.1", "ping", 20, 0));
    scheduler.offer(task("192.0.2.2", "ping", 20, 0));
    scheduler.offer(task("192.0.2.3", "ping", 30, 0));
    scheduler.offer(task("192.0.2.4", "ping", 100, 0));
    scheduler.offer(task("192.0.2.5", "ping", 10, 0));
    assertEquals(3, scheduler.depth());
    assertEquals(2, scheduler.dropped());
  }

  @Test
  void duplicateTaskIsNotQueuedTwice() {
    scheduler.offer(task("192.0.2.1", "ping", 20, 0));
    scheduler.offer(task("192.0.2.1", "ping", 50, 0));
    assertEquals(1, scheduler.depth());
  }
}
