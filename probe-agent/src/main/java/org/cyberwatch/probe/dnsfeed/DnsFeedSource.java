package org.cyberwatch.probe.dnsfeed;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cyberwatch.probe.schedule.Task;
import org.cyberwatch.probe.target.Inputs;
import org.cyberwatch.probe.target.Target;
import org.cyberwatch.probe.target.TargetSource;
import org.cyberwatch.probe.target.WorkerShare;

/**
 * The anonymised DNS feed as a target source. Each poll reads new query events, keeps those that
 * pass the {@link DnsFilter} (the client identifier is dropped there), skips domains already taken
 * within the remeasurement window, resolves each remaining domain to at most {@code maxAddresses}
 * addresses and makes one-shot tasks for them. The domain itself is never kept: tasks carry only
 * its keyed hash ({@link DomainHasher}) in the annotation {@value #HASH_ANNOTATION}.
 */
public final class DnsFeedSource implements TargetSource {
  /** Annotation holding the keyed hash of the feed domain. */
  public static final String HASH_ANNOTATION = "dns_feed_domain_hmac";
  /** Priority of feed targets. */
  public static final int PRIORITY = 40;
  private static final int MAX_EVENTS_PER_POLL = 1000;
  private static final int MAX_DOMAINS_PER_POLL = 50;
  private static final int MAX_REMEMBERED = 10_000;

  private final DnsEventReader reader;
  private final DnsFilter filter;
  private final DomainHasher hasher;
  private final DomainResolver resolver;
  private final DnsFeedSettings settings;
  private final Set<String> tests;
  private final WorkerShare share;
  private final int tcpPort;
  private final Duration window;
  private final Map<String, Instant> seen = new LinkedHashMap<>(16, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
      return size() > MAX_REMEMBERED;
    }
  };

  /** A feed source; {@code window} is how long a domain taken is not taken again. */
  public DnsFeedSource(DnsEventReader reader, DnsFeedSettings settings, DomainHasher hasher,
      DomainResolver resolver, Set<String> tests, WorkerShare share, int tcpPort,
      Duration window) {
    this.reader = reader;
    this.settings = settings;
    this.filter = new DnsFilter(settings.filter());
    this.hasher = hasher;
    this.resolver = resolver;
    this.tests = Set.copyOf(tests);
    this.share = share;
    this.tcpPort = tcpPort;
    this.window = window;
  }

  @Override
  public String name() {
    return "dns-feed";
  }

  @Override
  public Duration pollInterval() {
    return settings.pollInterval();
  }

  @Override
  public List<Task> poll(Instant now) throws IOException, InterruptedException {
    List<Task> out = new ArrayList<>();
    int domains = 0;
    for (DnsQueryEvent event : reader.readNew(MAX_EVENTS_PER_POLL)) {
      Optional<String> domain = filter.accept(event);
      if (domain.isEmpty()) {
        continue;
      }
      String hash = hasher.hash(domain.get());
      Instant last = seen.get(hash);
      if ((last != null && last.plus(window).isAfter(now)) || !share.owns(hash)
          || domains >= MAX_DOMAINS_PER_POLL) {
        continue;
      }
      seen.put(hash, now);
      domains++;
      List<InetAddress> addresses = resolver.resolve(domain.get());
      for (InetAddress a : addresses.subList(0, Math.min(settings.maxAddresses(),
          addresses.size()))) {
        for (String test : tests) {
          Inputs.forAddress(test, a, tcpPort).ifPresent(input -> out.add(new Task(
              new Target(input, 0, Map.of(HASH_ANNOTATION, hash)), test, PRIORITY, name(), now,
              false)));
        }
      }
    }
    return out;
  }
}
