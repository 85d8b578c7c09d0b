package org.cyberwatch.probe.worker;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.cyberwatch.probe.measure.http.WebPorts;
import org.cyberwatch.probe.measure.nat.TransportAddress;

/**
 * The settings of the built-in measurers that come from the agent's configuration.
 *
 * @param webPorts ports of the two fetches of {@code http_vs_https}
 * @param peerServerPort port of this probe's peer test server, 0 when none runs
 * @param peerMaxAge how old a located peer's announcement may be for {@code peer_http_reachable}
 * @param natMains configured main UDP NAT-detection remotes (the check-in may add more)
 * @param natAlts configured alternate UDP NAT-detection remotes (the check-in may add more)
 */
public record MeasurerSettings(WebPorts webPorts, int peerServerPort, Duration peerMaxAge,
    List<TransportAddress> natMains, List<TransportAddress> natAlts) {
  public MeasurerSettings {
    Objects.requireNonNull(webPorts, "webPorts");
    if (peerServerPort < 0 || peerServerPort > 65535) {
      throw new IllegalArgumentException("peerServerPort: must be 0..65535, got " + peerServerPort);
    }
    if (peerMaxAge == null || peerMaxAge.isNegative() || peerMaxAge.isZero()) {
      throw new IllegalArgumentException("peerMaxAge: must be above 0, got " + peerMaxAge);
    }
    natMains = List.copyOf(natMains);
    natAlts = List.copyOf(natAlts);
  }

  /** Standard web ports, no peer server, peers fresh for an hour, no configured NAT remotes. */
  public static MeasurerSettings defaults() {
    return new MeasurerSettings(WebPorts.standard(), 0, Duration.ofHours(1), List.of(), List.of());
  }
}
