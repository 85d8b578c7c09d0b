package org.cyberwatch.probe.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one task queue and its politeness rules. A task is due when its own time has come, its host
 * was not probed within {@link Schedule#minTargetInterval()} and neither the host nor its AS is
 * backing off ({@link Backoffs}); among due tasks the highest priority, then the oldest, goes
 * first. One task per (test, input); a recurring task is queued again one remeasurement interval
 * after it ran. The queue is bounded: when full, a new task replaces the lowest-priority one only
 * if it ranks higher. All methods take "now" from the caller, so tests need no clock.
 */
public final class Scheduler {
  private record Queued(Task task, Instant notBefore) {}

  private final Schedule schedule;
  private final Map<String, Queued> queue = new LinkedHashMap<>();
  private final Set<String> running = new HashSet<>();
  private final Map<String, Instant> lastProbe = new HashMap<>();
  private final Map<String, Integer> hostFailures = new HashMap<>();
  private final Map<Long, Integer> asnFailures = new HashMap<>();
  private final Map<Long, Instant> asnLastFailure = new HashMap<>();
  private long dropped;
  private Duration minTargetInterval;

  /** An empty queue under {@code schedule}. */
  public Scheduler(Schedule schedule) {
    this.schedule = schedule;
    this.minTargetInterval = schedule.minTargetInterval();
  }

  /**
   * Raises the minimum interval per target (a collector's {@code per_target_min_interval_s}); it
   * never drops below the configured one.
   */
  public synchronized void requireMinTargetInterval(Duration requested) {
    Duration floor = schedule.minTargetInterval();
    minTargetInterval = requested.compareTo(floor) > 0 ? requested : floor;
  }

  /** Queues {@code task} to run from its creation time; false when a duplicate or no room. */
  public synchronized boolean offer(Task task) {
    return offer(task, task.createdAt());
  }

  private boolean offer(Task task, Instant notBefore) {
    if (queue.containsKey(task.key()) || running.contains(task.key())) {
      return false;
    }
    if (queue.size() >= schedule.queueCapacity() && !evictBelow(task.priority())) {
      dropped++;
      return false;
    }
    queue.put(task.key(), new Queued(task, notBefore));
    notifyAll();
    return true;
  }

  private boolean evictBelow(int priority) {
    Queued lowest = null;
    for (Queued q : queue.values()) {
      if (lowest == null || q.task().priority() < lowest.task().priority()) {
        lowest = q;
      }
    }
    if (lowest == null || lowest.task().priority() >= priority) {
      return false;
    }
    queue.remove(lowest.task().key());
    dropped++;
    return true;
  }

  /** Takes the best due task, marking it running. */
  public synchronized Optional<Task> next(Instant now) {
    Queued best = null;
    Set<String> hostsRunning = new HashSet<>();
    running.forEach(k -> hostsRunning.add(HostKey.of(k.substring(k.indexOf(' ') + 1))));
    for (Queued q : queue.values()) {
      if (dueAt(q).isAfter(now) || hostsRunning.contains(HostKey.of(q.task().target().input()))) {
        continue;
      }
      if (best == null || better(q.task(), best.task())) {
        best = q;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    queue.remove(best.task().key());
    running.add(best.task().key());
    lastProbe.put(HostKey.of(best.task().target().input()), now);
    return Optional.of(best.task());
  }

  /** When the earliest queued task becomes due (ignoring hosts busy right now), if any. */
  public synchronized Optional<Instant> nextDue() {
    return queue.values().stream().map(this::dueAt).min(Instant::compareTo);
  }

  /** Records how a task taken with {@link #next} ended; a recurring task is queued again. */
  public synchronized void completed(Task task, Outcome outcome, Instant now) {
    running.remove(task.key());
    String host = HostKey.of(task.target().input());
    long asn = task.target().asn();
    if (outcome == Outcome.FAILURE) {
      hostFailures.merge(host, 1, Integer::sum);
      if (asn != 0) {
        asnFailures.merge(asn, 1, Integer::sum);
        asnLastFailure.put(asn, now);
      }
    } else if (outcome == Outcome.SUCCESS) {
      hostFailures.remove(host);
      if (asn != 0) {
        asnFailures.remove(asn);
        asnLastFailure.remove(asn);
      }
    }
    if (task.recurring() && outcome != Outcome.INVALID) {
      offer(task, now.plus(schedule.remeasureInterval()));
    }
    notifyAll();
  }

  /** Tasks waiting. */
  public synchronized int depth() {
    return queue.size();
  }

  /** Tasks running. */
  public synchronized int runningCount() {
    return running.size();
  }

  /** Tasks dropped because the queue was full. */
  public synchronized long dropped() {
    return dropped;
  }

  /** Waits up to {@code millis} or until the queue changes. */
  public synchronized void awaitChange(long millis) throws InterruptedException {
    wait(Math.max(1, millis));
  }

  private Instant dueAt(Queued q) {
    Instant due = q.notBefore();
    String host = HostKey.of(q.task().target().input());
    Instant last = lastProbe.get(host);
    if (last != null) {
      due = max(due, last.plus(minTargetInterval));
      due = max(due, last.plus(Backoffs.target(hostFailures.getOrDefault(host, 0))));
    }
    long asn = q.task().target().asn();
    Instant asnFailed = asnLastFailure.get(asn);
    if (asn != 0 && asnFailed != null) {
      due = max(due, asnFailed.plus(Backoffs.asn(asnFailures.getOrDefault(asn, 0))));
    }
    return due;
  }

  private static boolean better(Task a, Task b) {
    if (a.priority() != b.priority()) {
      return a.priority() > b.priority();
    }
    return a.createdAt().isBefore(b.createdAt());
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
