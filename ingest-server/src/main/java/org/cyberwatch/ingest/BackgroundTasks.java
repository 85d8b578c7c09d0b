package org.cyberwatch.ingest;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collector's periodic work (sealing and uploading, relaying, reloading snapshots) on two
 * daemon threads. A failed run is logged at WARN and the task runs again at its next time.
 */
final class BackgroundTasks implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

  /** A task body that may throw. */
  @FunctionalInterface
  interface Task {
    void run() throws Exception;
  }

  private final ScheduledExecutorService executor =
      Executors.newScheduledThreadPool(2, r -> daemon(r, "collector-tasks"));

  /** Runs {@code task} every {@code period}, the first time after {@code delay}. */
  void every(Duration period, Duration delay, String what, Task task) {
    executor.scheduleWithFixedDelay(() -> run(what, task), delay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void run(String what, Task task) {
    try {
      task.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception | LinkageError e) {
      LOG.warn("Background {} failed; it runs again later", what, e);
    }
  }

  /** A daemon thread named {@code name}. */
  static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Stops {@code executor}, interrupting what runs, waiting up to 10 s. */
  static void stop(ExecutorService executor) throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    stop(executor);
  }
}
