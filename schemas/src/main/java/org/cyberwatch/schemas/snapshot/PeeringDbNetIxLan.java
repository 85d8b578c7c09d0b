package org.cyberwatch.schemas.snapshot;

/**
 * A network's port at an IX ({@code netixlan} object): which AS holds which LAN addresses.
 *
 * @param asn the member's AS number
 * @param ixId the IX
 * @param ixlanId the IX LAN
 * @param ipaddr4 its IPv4 address on the LAN, or null (PeeringDB allows none)
 * @param ipaddr6 its IPv6 address on the LAN, or null (PeeringDB allows none)
 */
public record PeeringDbNetIxLan(
    long asn, long ixId, long ixlanId, IpPrefix ipaddr4, IpPrefix ipaddr6) {

  /** Validates the ASN and that the addresses are single addresses of the right family. */
  public PeeringDbNetIxLan {
    AsNumbers.check(asn);
    if (ipaddr4 != null && (ipaddr4.ipv6() || ipaddr4.length() != 32)) {
      throw new IllegalArgumentException("ipaddr4: not an IPv4 address: " + ipaddr4);
    }
    if (ipaddr6 != null && (!ipaddr6.ipv6() || ipaddr6.length() != 128)) {
      throw new IllegalArgumentException("ipaddr6: not an IPv6 address: " + ipaddr6);
    }
  }
}
