package org.cyberwatch.probe.target;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cyberwatch.probe.schedule.Task;

/**
 * A pluggable source of tasks (static list, ASN sets, check-in, manual inbox, DNS feed). The agent
 * polls each source at its own interval from one thread, so implementations need no locking.
 */
public interface TargetSource {

  /** Short name, used as the tasks' {@code source} and in logs. */
  String name();

  /** Time until the next poll. */
  Duration pollInterval();

  /** New tasks since the last poll (the first poll gives the initial set). */
  List<Task> poll(Instant now) throws IOException, InterruptedException;

  /**
   * Whether this source's tasks come from earlier measurements (peer ids found by {@code
   * peer_locator}): {@code --once} polls such sources again after the first round.
   */
  default boolean followsMeasurements() {
    return false;
  }
}
