package org.cyberwatch.probe.report;

import org.cyberwatch.schemas.id.Asn;
import org.cyberwatch.schemas.id.CountryCodes;

/**
 * The network the probe measures from, as written into every envelope: from the config until a
 * check-in tells better. Never an address.
 *
 * @param cc probe country ({@code ZZ} unknown)
 * @param asn probe AS, {@code AS<n>} ({@code AS0} unknown)
 * @param networkName AS name, or null when unknown
 */
public record ProbeNetwork(String cc, String asn, String networkName) {
  public ProbeNetwork {
    CountryCodes.requireValid(cc, "cc");
    Asn.parse(asn);
  }
}
