package org.cyberwatch.probe.target;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cyberwatch.probe.measure.peer.PeerBook;
import org.cyberwatch.probe.schedule.Task;

/**
 * The peer tests' tasks: one recurring {@code peer_locator} task (its input is the locator's URL,
 * which only the scheduler's politeness rules use), and a {@code peer_http_reachable} task for each
 * fresh peer of the {@link PeerBook} ({@link PeerBook#freshPeerIds}), at most once per
 * remeasurement interval per peer.
 */
public final class PeerSource implements TargetSource {
  /** Priority of peer tasks: tests of the probe's own network, after check-in and feed targets. */
  public static final int PRIORITY = 35;

  private final Optional<String> locatorUrl;
  private final PeerBook book;
  private final Duration maxAge;
  private final Duration remeasureInterval;
  private final Set<String> tests;
  private final Map<String, Instant> offered = new HashMap<>();
  private boolean locatorOffered;

  /**
   * @param locatorUrl the locator's URL; empty when there is no collector (no locator task)
   * @param maxAge how old a peer's announcement may be
   * @param remeasureInterval least time between two tasks for one peer
   * @param tests enabled tests ({@code peer_locator}, {@code peer_http_reachable} or neither)
   */
  public PeerSource(Optional<String> locatorUrl, PeerBook book, Duration maxAge,
      Duration remeasureInterval, Set<String> tests) {
    this.locatorUrl = locatorUrl;
    this.book = book;
    this.maxAge = maxAge;
    this.remeasureInterval = remeasureInterval;
    this.tests = Set.copyOf(tests);
  }

  @Override
  public String name() {
    return "peers";
  }

  /** Every minute, or every remeasurement interval when that is shorter (else it could not hold). */
  @Override
  public Duration pollInterval() {
    Duration minute = Duration.ofMinutes(1);
    return remeasureInterval.compareTo(minute) < 0 ? remeasureInterval : minute;
  }

  @Override
  public boolean followsMeasurements() {
    return true;
  }

  @Override
  public List<Task> poll(Instant now) {
    List<Task> out = new ArrayList<>();
    if (!locatorOffered && locatorUrl.isPresent() && tests.contains("peer_locator")) {
      out.add(new Task(Target.of(locatorUrl.get()), "peer_locator", PRIORITY, name(), now, true));
      locatorOffered = true;
    }
    if (tests.contains("peer_http_reachable")) {
      for (String id : book.freshPeerIds(now, maxAge)) {
        Instant last = offered.get(id);
        if (last == null || !last.plus(remeasureInterval).isAfter(now)) {
          offered.put(id, now);
          out.add(new Task(Target.of(id), "peer_http_reachable", PRIORITY, name(), now, false));
        }
      }
    }
    return out;
  }
}
