package org.cyberwatch.schemas.snapshot;

/**
 * A PeeringDB IX peering LAN prefix ({@code ixpfx} object), tied to its IX through the ixlan.
 *
 * @param id PeeringDB ixpfx id
 * @param ixlanId the ixlan it belongs to
 * @param prefix the LAN prefix
 */
public record PeeringDbIxPrefix(long id, long ixlanId, IpPrefix prefix) {

  /** The prefix is required. */
  public PeeringDbIxPrefix {
    if (prefix == null) {
      throw new IllegalArgumentException("prefix: null");
    }
  }
}
