package org.cyberwatch.probe.measure.nat;

import java.time.Instant;
import java.util.Objects;

/**
 * One datagram the probe received during a NAT detection run.
 *
 * @param source where it came from
 * @param payload its bytes
 * @param time when it arrived
 */
public record NatDatagram(TransportAddress source, byte[] payload, Instant time) {
  public NatDatagram {
    Objects.requireNonNull(source, "source");
    payload = Objects.requireNonNull(payload, "payload").clone();
    Objects.requireNonNull(time, "time");
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }
}
