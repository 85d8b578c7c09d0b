package org.cyberwatch.ingest.peers;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code max} events per source address per window (fixed windows). Bounds what the UDP
 * remote sends to one address, so it cannot be used to flood a spoofed source. Holds at most
 * {@code maxSources} addresses (the table is cleared when full). Thread-safe.
 */
final class SourceRateLimiter {

  private record Window(Instant start, int count) {}

  private final int max;
  private final Duration window;
  private final int maxSources;
  private final Clock clock;
  private final Map<InetAddress, Window> windows = new HashMap<>();

  SourceRateLimiter(int max, Duration window, int maxSources, Clock clock) {
    this.max = max;
    this.window = window;
    this.maxSources = maxSources;
    this.clock = clock;
  }

  /** Counts an event from {@code source}; false when it is over the limit. */
  synchronized boolean tryAcquire(InetAddress source) {
    Instant now = clock.instant();
    Window w = windows.get(source);
    if (w == null || !now.isBefore(w.start().plus(window))) {
      if (w == null && windows.size() >= maxSources) {
        windows.clear();
      }
      windows.put(source, new Window(now, 1));
      return true;
    }
    if (w.count() >= max) {
      return false;
    }
    windows.put(source, new Window(w.start(), w.count() + 1));
    return true;
  }
}
