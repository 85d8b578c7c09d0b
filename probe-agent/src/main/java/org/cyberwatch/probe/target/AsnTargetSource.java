package org.cyberwatch.probe.target;

import inet.ipaddr.IPAddressString;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cyberwatch.probe.schedule.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ASN target sets: for each configured AS, a sample of addresses from the prefixes it announces.
 * Sampled once at start; the targets recur and carry their AS for per-ASN backoff.
 */
public final class AsnTargetSource implements TargetSource {
  /** Priority of ASN-sampled targets. */
  public static final int PRIORITY = 20;
  private static final Logger LOG = LoggerFactory.getLogger(AsnTargetSource.class);

  private final AsnTargetSettings settings;
  private final PrefixSource prefixes;
  private final AddressSampler sampler;
  private final List<String> tests;
  private final WorkerShare share;
  private final int tcpPort;
  private boolean done;

  /** A source sampling {@code settings.perAsn()} addresses per AS for the enabled {@code tests}. */
  public AsnTargetSource(AsnTargetSettings settings, PrefixSource prefixes, AddressSampler sampler,
      List<String> tests, WorkerShare share, int tcpPort) {
    this.settings = settings;
    this.prefixes = prefixes;
    this.sampler = sampler;
    this.tests = List.copyOf(tests);
    this.share = share;
    this.tcpPort = tcpPort;
  }

  @Override
  public String name() {
    return "asn";
  }

  @Override
  public Duration pollInterval() {
    return Duration.ofDays(1);
  }

  @Override
  public List<Task> poll(Instant now) {
    if (done) {
      return List.of();
    }
    done = true;
    List<Task> out = new ArrayList<>();
    for (long asn : settings.asns()) {
      List<String> addresses = sampler.sample(prefixes.prefixesOf(asn), settings.perAsn());
      LOG.info("event=asn_targets asn=AS{} prefixes={} sampled={}", asn,
          prefixes.prefixesOf(asn).size(), addresses.size());
      for (String address : addresses) {
        for (String test : tests) {
          Optional<String> input = Inputs.forAddress(test,
              new IPAddressString(address).getAddress().toInetAddress(), tcpPort);
          if (input.isPresent() && share.owns(address)) {
            out.add(new Task(new Target(input.get(), asn, java.util.Map.of()), test, PRIORITY,
                name(), now, true));
          }
        }
      }
    }
    return out;
  }
}
