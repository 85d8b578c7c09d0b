package org.cyberwatch.probe.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cyberwatch.probe.measure.peer.LocatedPeer;
import org.cyberwatch.probe.measure.peer.PeerBook;
import org.cyberwatch.probe.schedule.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeerSourceTest {
  private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
  private static final String LOCATOR = "http://127.0.0.1:8080/api/v1/peer-locator";
  private static final String FRESH = "0123456789abcdef0123456789abcdef";
  private static final String STALE = "fedcba9876543210fedcba9876543210";

  private final PeerBook book = new PeerBook();
  private final PeerSource source = new PeerSource(Optional.of(LOCATOR), book,
      Duration.ofHours(1), Duration.ofHours(6), Set.of("peer_locator", "peer_http_reachable"));

  private static List<String> keys(List<Task> tasks) {
    return tasks.stream().map(Task::key).toList();
  }

  @Test
  void firstPollQueuesOneRecurringLocatorTaskNamingTheLocator() {
    List<Task> first = source.poll(T0);

    assertEquals(List.of("peer_locator " + LOCATOR), keys(first));
    assertTrue(first.get(0).recurring());
    assertEquals(List.of(), source.poll(T0.plusSeconds(60)));
  }

  @Test
  void freshPeersAreMeasuredOncePerRemeasureIntervalAndStaleOnesNot() {
    source.poll(T0);
    double now = T0.getEpochSecond();
    book.remember(new LocatedPeer(FRESH, "192.0.2.7", 8080, "HTTP", false, now - 60));
    book.remember(new LocatedPeer(STALE, "192.0.2.8", 8080, "HTTP", true, now - 7200));

    assertEquals(List.of("peer_http_reachable " + FRESH), keys(source.poll(T0)));
    assertEquals(List.of(), source.poll(T0.plus(Duration.ofHours(5))));
    book.remember(new LocatedPeer(FRESH, "192.0.2.7", 8080, "HTTP", false, now + 6 * 3600));
    assertEquals(List.of("peer_http_reachable " + FRESH),
        keys(source.poll(T0.plus(Duration.ofHours(6)))));
  }

  @Test
  void withoutCollectorThereIsNoLocatorTask() {
    PeerSource none = new PeerSource(Optional.empty(), book, Duration.ofHours(1),
        Duration.ofHours(6), Set.of("peer_locator", "peer_http_reachable"));
    assertEquals(List.of(), none.poll(T0));
  }

  @ParameterizedTest(name = "remeasure every {0} -> poll every {1}")
  @CsvSource({"PT6H, PT1M", "PT1M, PT1M", "PT20S, PT20S"})
  void pollsAtLeastAsOftenAsPeersMayBeRemeasured(Duration remeasure, Duration poll) {
    PeerSource s = new PeerSource(Optional.of(LOCATOR), book, Duration.ofHours(1), remeasure,
        Set.of("peer_locator", "peer_http_reachable"));
    assertEquals(poll, s.pollInterval());
  }
}
