package org.cyberwatch.probe.target;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cyberwatch.probe.report.ProbeNetwork;
import org.cyberwatch.probe.schedule.Task;
import org.cyberwatch.probe.submit.CollectorClient;
import org.cyberwatch.probe.submit.CollectorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collector's check-in ({@code POST /api/v1/check-in}) as a target source: asks the collectors
 * in order until one answers, hands the answer (network, report ids, settings) to a listener and
 * turns its inputs for enabled tests into recurring tasks. A failed check-in is logged and retried
 * at the next poll.
 */
public final class CheckInSource implements TargetSource {
  /** Priority of check-in targets. */
  public static final int PRIORITY = 50;
  private static final Logger LOG = LoggerFactory.getLogger(CheckInSource.class);

  private final List<CollectorClient> collectors;
  private final Supplier<ProbeNetwork> network;
  private final Set<String> tests;
  private final WorkerShare share;
  private final String softwareName;
  private final String softwareVersion;
  private final Consumer<CheckIn> listener;
  private Duration interval;

  /**
   * An answer and the collector that gave it.
   *
   * @param collector who answered
   * @param result what it said
   */
  public record CheckIn(CollectorClient collector, CheckInResult result) {}

  /** A check-in source; {@code listener} gets every answer before its tasks are queued. */
  public CheckInSource(List<CollectorClient> collectors, Supplier<ProbeNetwork> network,
      Set<String> tests, WorkerShare share, String softwareName, String softwareVersion,
      Duration interval, Consumer<CheckIn> listener) {
    this.collectors = List.copyOf(collectors);
    this.network = network;
    this.tests = Set.copyOf(tests);
    this.share = share;
    this.softwareName = softwareName;
    this.softwareVersion = softwareVersion;
    this.interval = interval;
    this.listener = listener;
  }

  @Override
  public String name() {
    return "check-in";
  }

  @Override
  public Duration pollInterval() {
    return interval;
  }

  @Override
  public List<Task> poll(Instant now) throws IOException, InterruptedException {
    for (CollectorClient c : collectors) {
      try {
        CheckInResult r = CheckInResult.parse(c.checkIn(request()));
        r.checkInInterval().ifPresent(d -> interval = d);
        listener.accept(new CheckIn(c, r));
        return tasks(r, now);
      } catch (CollectorException e) {
        LOG.warn("event=check_in_failed collector={} reason={}", c.base(), e.getMessage());
      }
    }
    return List.of();
  }

  private List<Task> tasks(CheckInResult r, Instant now) {
    List<Task> out = new ArrayList<>();
    r.inputs().forEach((test, inputs) -> {
      if (tests.contains(test)) {
        for (String input : inputs) {
          if (share.owns(input)) {
            out.add(new Task(Target.of(input), test, PRIORITY, name(), now, true));
          }
        }
      }
    });
    LOG.info("event=check_in probe_cc={} probe_asn={} tasks={}", r.probeCc(), r.probeAsn(),
        out.size());
    return out;
  }

  private ObjectNode request() {
    ProbeNetwork n = network.get();
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("platform", "linux");
    r.put("probe_asn", n.asn());
    r.put("probe_cc", n.cc());
    r.put("run_type", "timed");
    r.put("software_name", softwareName);
    r.put("software_version", softwareVersion);
    com.fasterxml.jackson.databind.node.ArrayNode supported =
        r.putObject("cyberwatch").putArray("supported_tests");
    tests.stream().sorted().forEach(supported::add);
    return r;
  }
}
