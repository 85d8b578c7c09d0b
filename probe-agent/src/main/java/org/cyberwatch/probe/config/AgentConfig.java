package org.cyberwatch.probe.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cyberwatch.probe.dnsfeed.DnsFeedSettings;
import org.cyberwatch.probe.ratelimit.RateLimits;
import org.cyberwatch.probe.schedule.Schedule;
import org.cyberwatch.probe.submit.SubmitSettings;
import org.cyberwatch.probe.target.AsnTargetSettings;
import org.cyberwatch.probe.target.WorkerShare;
import org.cyberwatch.probe.worker.MeasurerSettings;

/**
 * The agent's effective configuration, immutable; built once at start-up by {@link
 * AgentConfigs#build(ResolvedConfig)} from flags, environment, YAML and defaults.
 *
 * @param submit collectors and outbox
 * @param stateDir state directory (status file, manual inbox, DNS-feed key)
 * @param targetsFile static target list, when given
 * @param tests tests to run; empty means every test this agent has
 * @param probeCc probe country until a check-in says otherwise
 * @param probeAsn probe AS ({@code AS<n>}) until a check-in says otherwise
 * @param tcpPort port added to bare addresses for tcp_connect
 * @param rate token bucket and in-flight cap
 * @param schedule remeasurement and politeness intervals
 * @param checkIn whether to check in with the collector
 * @param checkInInterval time between check-ins
 * @param asnTargets ASN target sets
 * @param dnsFeed the anonymised DNS feed
 * @param controlPort local control endpoint port, 0 when off
 * @param worker this worker's share of the targets
 * @param measurers settings of the built-in measurers (web ports, peer server, NAT remotes)
 */
public record AgentConfig(SubmitSettings submit, Path stateDir, Optional<Path> targetsFile,
    List<String> tests, String probeCc, String probeAsn, int tcpPort, RateLimits rate,
    Schedule schedule, boolean checkIn, Duration checkInInterval, AsnTargetSettings asnTargets,
    DnsFeedSettings dnsFeed, int controlPort, WorkerShare worker, MeasurerSettings measurers) {
  public AgentConfig {
    Objects.requireNonNull(submit, "submit");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(targetsFile, "targetsFile");
    tests = List.copyOf(tests);
    Objects.requireNonNull(probeCc, "probeCc");
    Objects.requireNonNull(probeAsn, "probeAsn");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(checkInInterval, "checkInInterval");
    Objects.requireNonNull(asnTargets, "asnTargets");
    Objects.requireNonNull(dnsFeed, "dnsFeed");
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(measurers, "measurers");
  }
}
