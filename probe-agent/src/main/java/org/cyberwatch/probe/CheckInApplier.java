package org.cyberwatch.probe;

import java.util.function.Consumer;
import org.cyberwatch.probe.ratelimit.RateLimits;
import org.cyberwatch.probe.report.ProbeNetwork;
import org.cyberwatch.probe.target.CheckInResult;
import org.cyberwatch.probe.target.CheckInSource.CheckIn;
import org.cyberwatch.schemas.id.Asn;
import org.cyberwatch.schemas.id.CountryCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a check-in answer: the probe network (country, AS, name) for the next envelopes, the
 * report ids the collector opened, its rate settings, which only ever tighten the local limits,
 * and its test helpers (kept as the last answer for the NAT remotes).
 */
final class CheckInApplier implements Consumer<CheckIn> {
  private static final Logger LOG = LoggerFactory.getLogger(CheckInApplier.class);

  private final Agent agent;

  CheckInApplier(Agent agent) {
    this.agent = agent;
  }

  @Override
  public void accept(CheckIn checkIn) {
    CheckInResult r = checkIn.result();
    agent.lastCheckIn.set(r);
    if (CountryCodes.isValid(r.probeCc()) && Asn.isValid(r.probeAsn())) {
      ProbeNetwork n = new ProbeNetwork(r.probeCc(), r.probeAsn(), r.probeNetworkName());
      agent.network.set(n);
      r.reportIds().forEach((test, id) ->
          agent.submitter.reports().preset(checkIn.collector(), test, n.cc(), n.asn(), id));
    }
    RateLimits local = agent.config.rate();
    if (r.measurementsPerMinute().isPresent() || r.burst().isPresent()) {
      RateLimits tight = local.tightenedBy(r.measurementsPerMinute().orElse(local.perMinute()),
          r.burst().orElse(local.burst()));
      agent.bucket.setRate(tight.perMinute(), tight.burst());
      LOG.info("event=rate_limits_applied per_minute={} burst={} in_flight={}",
          tight.perMinute(), tight.burst(), tight.maxInFlight());
    }
    r.perTargetMinInterval().ifPresent(agent.scheduler::requireMinTargetInterval);
  }
}
