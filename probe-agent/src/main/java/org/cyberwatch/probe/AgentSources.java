package org.cyberwatch.probe;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.cyberwatch.probe.config.AgentConfig;
import org.cyberwatch.probe.dnsfeed.DnsEventReader;
import org.cyberwatch.probe.dnsfeed.DnsFeedSettings;
import org.cyberwatch.probe.dnsfeed.DnsFeedSource;
import org.cyberwatch.probe.dnsfeed.DnsLogTailer;
import org.cyberwatch.probe.dnsfeed.DomainHasher;
import org.cyberwatch.probe.dnsfeed.DomainResolver;
import org.cyberwatch.probe.dnsfeed.PiholeQueryFeed;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.target.AddressSampler;
import org.cyberwatch.probe.target.AsnTargetSource;
import org.cyberwatch.probe.target.CheckInSource;
import org.cyberwatch.probe.target.ManualSource;
import org.cyberwatch.probe.target.NatSource;
import org.cyberwatch.probe.target.PeerSource;
import org.cyberwatch.probe.target.Pfx2AsPrefixSource;
import org.cyberwatch.probe.target.StaticListSource;
import org.cyberwatch.probe.target.TargetSource;
import org.cyberwatch.probe.worker.MeasurerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an agent's target sources from its config, in polling order: manual, check-in, static
 * list, ASN sets, DNS feed, peers, NAT remotes (the last two after the check-in, whose answer they
 * use, and only in worker 1).
 */
final class AgentSources {
  private static final Logger LOG = LoggerFactory.getLogger(AgentSources.class);

  private final Agent agent;
  private final AgentConfig config;
  private final HttpClient http;
  private final String version;
  private final boolean once;

  AgentSources(Agent agent, HttpClient http, String version, boolean once) {
    this.agent = agent;
    this.config = agent.config;
    this.http = http;
    this.version = version;
    this.once = once;
  }

  /** The sources for the enabled {@code tests}. */
  List<TargetSource> build(Set<String> tests) throws IOException {
    List<TargetSource> out = new ArrayList<>();
    out.add(new ManualSource(agent.inbox, tests));
    if (config.checkIn() && !agent.collectors.isEmpty()) {
      out.add(new CheckInSource(agent.collectors, agent.network::get, tests, config.worker(),
          ProbeAgent.SOFTWARE_NAME, version, config.checkInInterval(), new CheckInApplier(agent)));
    }
    if (config.targetsFile().isPresent()) {
      out.add(new StaticListSource(config.targetsFile().get(), tests, config.worker(),
          config.tcpPort()));
    }
    if (config.asnTargets().enabled()) {
      out.add(new AsnTargetSource(config.asnTargets(),
          Pfx2AsPrefixSource.read(config.asnTargets().pfx2asFiles(),
              new HashSet<>(config.asnTargets().asns())),
          new AddressSampler(new Random()), enabled(config.asnTargets().tests(), tests),
          config.worker(), config.tcpPort()));
    }
    if (config.dnsFeed().enabled()) {
      out.add(dnsFeed(tests));
    }
    if (runsOwnNetworkTests(config)) {
      ownNetworkSources(tests, out);
    }
    return out;
  }

  /**
   * Whether this worker runs the tests of the probe's own network (peer tests, NAT detection):
   * only worker 1 does, so several workers on one host neither repeat them nor fight over the peer
   * test server's port.
   */
  static boolean runsOwnNetworkTests(AgentConfig config) {
    return config.worker().index() == 1;
  }

  private void ownNetworkSources(Set<String> tests, List<TargetSource> out) {
    MeasurerSettings m = config.measurers();
    if (tests.contains("peer_locator") || tests.contains("peer_http_reachable")) {
      out.add(new PeerSource(agent.peers.locatorUrl(), agent.peers.book(), m.peerMaxAge(),
          config.schedule().remeasureInterval(), tests));
    }
    if (tests.contains("udp_nat_detection")) {
      out.add(new NatSource(m.natMains(), m.natAlts(),
          () -> Optional.ofNullable(agent.lastCheckIn.get()), HostResolver.SYSTEM,
          config.schedule().remeasureInterval()));
    }
  }

  private TargetSource dnsFeed(Set<String> tests) throws IOException {
    DnsFeedSettings dns = config.dnsFeed();
    DnsEventReader reader = dns.piholeUrl().isPresent()
        ? new PiholeQueryFeed(dns.piholeUrl().get(), dns.password(), http,
            config.submit().timeout())
        : new DnsLogTailer(dns.logFile().get(), once);
    return new DnsFeedSource(reader, dns, DomainHasher.fromKeyFile(dns.secretFile()),
        DomainResolver.system(), new HashSet<>(enabled(dns.tests(), tests)), config.worker(),
        config.tcpPort(), config.schedule().remeasureInterval());
  }

  private static List<String> enabled(List<String> wanted, Set<String> available) {
    List<String> out = wanted.stream().filter(available::contains).toList();
    if (out.size() < wanted.size()) {
      LOG.warn("event=tests_unavailable wanted={} available={}", wanted, available);
    }
    return out;
  }
}
