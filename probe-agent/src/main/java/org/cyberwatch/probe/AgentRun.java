package org.cyberwatch.probe;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cyberwatch.probe.control.ControlServer;
import org.cyberwatch.probe.submit.Backoff;
import org.cyberwatch.probe.submit.DrainResult;
import org.cyberwatch.probe.target.TargetSource;
import org.cyberwatch.schemas.cli.ExitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an {@link Agent}: as a daemon (sources, dispatcher and submitter threads until stopped) or
 * once ({@code --once}: every target once, submit everything, exit 0 when the outbox is empty,
 * 1 when measurements stay in it because no collector took them).
 */
final class AgentRun {
  private static final Logger LOG = LoggerFactory.getLogger(AgentRun.class);

  private final Agent agent;
  private final AtomicBoolean stopping = new AtomicBoolean();

  AgentRun(Agent agent) {
    this.agent = agent;
  }

  /**
   * {@code --once}: polls every source and measures until idle, then polls the sources that follow
   * measurements (peer ids found by peer_locator) once more and measures those tasks too.
   */
  ExitCode once() throws InterruptedException, IOException {
    for (TargetSource s : agent.sources) {
      agent.poll(s, true);
    }
    LOG.info("event=once_measuring tasks={}", agent.scheduler.depth());
    agent.dispatcher.run(() -> false, true);
    int followUps = 0;
    for (TargetSource s : agent.sources) {
      followUps += s.followsMeasurements() ? agent.poll(s, true) : 0;
    }
    if (followUps > 0) {
      LOG.info("event=once_measuring_follow_ups tasks={}", followUps);
      agent.dispatcher.run(() -> false, true);
    }
    agent.shutdownPool();
    int failures = 0;
    while (true) {
      DrainResult r = agent.submitter.drain();
      LOG.info("event=drain submitted={} rejected={} collectors_unavailable={}", r.submitted(),
          r.rejected(), r.unavailable());
      if (!r.unavailable()) {
        break;
      }
      failures++;
      if (!Backoff.isQuick(failures)) {
        break;
      }
      agent.sleeper.sleep(Backoff.delayAfter(failures));
    }
    agent.submitter.reports().closeAll();
    agent.writeStatus();
    int left = agent.outbox.depth();
    LOG.info("event=once_done measured={} failed={} invalid={} outbox_left={}",
        agent.stats.measuredCount(), agent.stats.failedCount(), agent.stats.invalidCount(), left);
    return left == 0 ? ExitCode.OK : ExitCode.RUNTIME_FAILURE;
  }

  /** Daemon mode; returns when the JVM shuts down. */
  void forever() throws InterruptedException, IOException {
    ControlServer control = agent.config.controlPort() == 0 ? null
        : ControlServer.start(agent.config.controlPort(), agent::snapshot, agent.inbox);
    Thread sources = daemon("sources", this::sourcesLoop);
    Thread submit = daemon("submit", this::submitLoop);
    Thread main = Thread.currentThread();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopping.set(true);
      main.interrupt();
      try {
        main.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "shutdown"));
    try {
      agent.dispatcher.run(stopping::get, false);
    } catch (InterruptedException e) {
      LOG.info("event=stopping");
    } finally {
      sources.interrupt();
      submit.interrupt();
      agent.shutdownPool();
      if (control != null) {
        control.close();
      }
      agent.writeStatus();
      Thread.interrupted();
      agent.submitter.reports().closeAll();
    }
  }

  private void sourcesLoop() throws InterruptedException {
    Map<TargetSource, Instant> next = new HashMap<>();
    Instant nextStatus = agent.now();
    while (!stopping.get()) {
      Instant now = agent.now();
      Instant wake = now.plus(Duration.ofMinutes(1));
      for (TargetSource s : agent.sources) {
        Instant due = next.getOrDefault(s, now);
        if (!due.isAfter(now)) {
          agent.poll(s, false);
          due = agent.now().plus(s.pollInterval());
          next.put(s, due);
        }
        wake = due.isBefore(wake) ? due : wake;
      }
      if (!nextStatus.isAfter(now)) {
        agent.writeStatus();
        nextStatus = now.plus(agent.statusInterval());
      }
      wake = nextStatus.isBefore(wake) ? nextStatus : wake;
      agent.sleeper.sleep(Duration.between(agent.now(), wake));
    }
  }

  private void submitLoop() throws InterruptedException {
    int failures = 0;
    while (!stopping.get()) {
      try {
        DrainResult r = agent.submitter.drain();
        if (r.unavailable()) {
          failures++;
          Duration wait = Backoff.delayAfter(failures);
          LOG.warn("event=collectors_unavailable failures={} retry_in={}", failures, wait);
          agent.sleeper.sleep(wait);
          continue;
        }
        if (r.submitted() > 0) {
          LOG.info("event=drain submitted={} rejected={}", r.submitted(), r.rejected());
        }
        failures = 0;
      } catch (IOException e) {
        LOG.error("event=outbox_read_failed", e);
        agent.sleeper.sleep(Duration.ofMinutes(1));
      }
      agent.outbox.awaitPut(60_000);
    }
  }

  private interface Body {
    void run() throws InterruptedException;
  }

  private static Thread daemon(String name, Body body) {
    Thread t = new Thread(() -> {
      try {
        body.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return t;
  }
}
