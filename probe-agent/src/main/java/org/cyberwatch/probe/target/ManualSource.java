package org.cyberwatch.probe.target;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cyberwatch.probe.schedule.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Targets submitted by hand (CLI {@code submit} or the control endpoint): measured once, before
 * everything else. Tests this agent does not run are skipped with a warning.
 */
public final class ManualSource implements TargetSource {
  /** Priority of manual targets: first. */
  public static final int PRIORITY = 100;
  private static final Logger LOG = LoggerFactory.getLogger(ManualSource.class);

  private final ManualInbox inbox;
  private final Set<String> tests;

  /** A source reading {@code inbox} for the enabled {@code tests}. */
  public ManualSource(ManualInbox inbox, Set<String> tests) {
    this.inbox = inbox;
    this.tests = Set.copyOf(tests);
  }

  @Override
  public String name() {
    return "manual";
  }

  @Override
  public Duration pollInterval() {
    return Duration.ofSeconds(5);
  }

  @Override
  public List<Task> poll(Instant now) throws IOException {
    List<Task> out = new ArrayList<>();
    for (String[] line : inbox.take()) {
      if (!tests.contains(line[0])) {
        LOG.warn("event=manual_target_skipped test={} reason=test_not_enabled", line[0]);
        continue;
      }
      out.add(new Task(Target.of(line[1]), line[0], PRIORITY, name(), now, false));
    }
    return out;
  }
}
