package org.cyberwatch.probe.target;

import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.nat.TransportAddress;
import org.cyberwatch.probe.schedule.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code udp_nat_detection} task: its input {@code main=<ip:port>,… [alt=<ip:port>,…]}
 * joins the configured remotes ({@code nat.main}, {@code nat.alt}) and the last check-in's
 * {@code nat-detection} and {@code nat-detection-alt} helpers (host names resolved). It needs
 * main remotes on two hosts; with fewer there is no task. A task is offered once per
 * remeasurement interval, or at once when the input changed.
 */
public final class NatSource implements TargetSource {
  /** Priority of the NAT task: a test of the probe's own network, like the peer tests. */
  public static final int PRIORITY = 35;
  /** Check-in helper names. */
  public static final String MAIN_HELPER = "nat-detection";
  public static final String ALT_HELPER = "nat-detection-alt";
  private static final Logger LOG = LoggerFactory.getLogger(NatSource.class);

  private final List<TransportAddress> mains;
  private final List<TransportAddress> alts;
  private final Supplier<Optional<CheckInResult>> lastCheckIn;
  private final HostResolver resolver;
  private final Duration remeasureInterval;
  private String lastInput;
  private Instant lastOffered = Instant.MIN;

  /** A source for the configured remotes plus those of {@code lastCheckIn}. */
  public NatSource(List<TransportAddress> mains, List<TransportAddress> alts,
      Supplier<Optional<CheckInResult>> lastCheckIn, HostResolver resolver,
      Duration remeasureInterval) {
    this.mains = List.copyOf(mains);
    this.alts = List.copyOf(alts);
    this.lastCheckIn = lastCheckIn;
    this.resolver = resolver;
    this.remeasureInterval = remeasureInterval;
  }

  @Override
  public String name() {
    return "nat-remotes";
  }

  @Override
  public Duration pollInterval() {
    return Duration.ofMinutes(1);
  }

  @Override
  public List<Task> poll(Instant now) {
    Optional<String> input = input();
    if (input.isEmpty()) {
      return List.of();
    }
    boolean changed = !input.get().equals(lastInput);
    if (!changed && lastOffered.plus(remeasureInterval).isAfter(now)) {
      return List.of();
    }
    lastInput = input.get();
    lastOffered = now;
    return List.of(new Task(Target.of(input.get()), "udp_nat_detection", PRIORITY, name(), now,
        false));
  }

  /** The test input, when main remotes on two hosts are known. */
  Optional<String> input() {
    Set<TransportAddress> main = new LinkedHashSet<>(mains);
    Set<TransportAddress> alt = new LinkedHashSet<>(alts);
    lastCheckIn.get().ifPresent(r -> {
      main.addAll(resolve(r.helperAddresses(MAIN_HELPER)));
      alt.addAll(resolve(r.helperAddresses(ALT_HELPER)));
    });
    alt.removeAll(main);
    if (main.stream().map(TransportAddress::host).distinct().count() < 2) {
      if (lastInput == null) {
        LOG.debug("event=nat_detection_waiting reason=main_remotes_on_fewer_than_two_hosts");
      }
      return Optional.empty();
    }
    String text = "main=" + join(main);
    return Optional.of(alt.isEmpty() ? text : text + " alt=" + join(alt));
  }

  private List<TransportAddress> resolve(List<String> helpers) {
    List<TransportAddress> out = new ArrayList<>();
    for (String h : helpers) {
      int colon = h.lastIndexOf(':');
      String host = colon > 0 ? h.substring(0, colon) : h;
      String bare = host.startsWith("[") && host.endsWith("]")
          ? host.substring(1, host.length() - 1) : host;
      try {
        int port = Integer.parseInt(h.substring(colon + 1));
        out.add(new TransportAddress(resolver.resolve(bare).getHostAddress(), port));
      } catch (UnknownHostException | IllegalArgumentException | IndexOutOfBoundsException e) {
        LOG.debug("event=nat_helper_skipped reason={}", e.toString());
      }
    }
    return out;
  }

  private static String join(Set<TransportAddress> addresses) {
    return addresses.stream().map(a -> a.host().contains(":") ? "[" + a.host() + "]:" + a.port()
        : a.host() + ":" + a.port()).collect(Collectors.joining(","));
  }
}
