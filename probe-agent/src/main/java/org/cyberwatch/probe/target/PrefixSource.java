package org.cyberwatch.probe.target;

import java.util.List;

/** The prefixes an AS announces, as CIDR text ({@code 192.0.2.0/24}). */
public interface PrefixSource {

  /** Prefixes originated by {@code asn}, IPv4 first; empty when unknown. */
  List<String> prefixesOf(long asn);
}
