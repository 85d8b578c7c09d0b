package org.cyberwatch.probe.dnsfeed;

import inet.ipaddr.IPAddressString;
import java.util.List;
import java.util.Locale;

/**
 * What the DNS feed lets through: suffix allow and deny lists, query types, client allow and deny
 * lists (addresses or CIDRs) and a maximum domain length. Suffixes and types are normalised to
 * lower and upper case.
 *
 * @param allowSuffixes only domains under these (empty = all)
 * @param denySuffixes never domains under these
 * @param qtypes query types taken (A, AAAA, ...)
 * @param allowClients only queries from these clients (empty = all)
 * @param denyClients never queries from these clients
 * @param maxDomainLength longer domains are dropped
 */
public record DnsFilterRules(List<String> allowSuffixes, List<String> denySuffixes,
    List<String> qtypes, List<String> allowClients, List<String> denyClients,
    int maxDomainLength) {
  public DnsFilterRules {
    allowSuffixes = normalise(allowSuffixes);
    denySuffixes = normalise(denySuffixes);
    qtypes = qtypes.stream().map(q -> q.trim().toUpperCase(Locale.ROOT)).toList();
    allowClients = List.copyOf(allowClients);
    denyClients = List.copyOf(denyClients);
    for (String c : allowClients) {
      checkCidr("allowClients", c);
    }
    for (String c : denyClients) {
      checkCidr("denyClients", c);
    }
    if (maxDomainLength < 1 || maxDomainLength > 253) {
      throw new IllegalArgumentException("maxDomainLength: must be in 1..253");
    }
  }

  private static List<String> normalise(List<String> suffixes) {
    return suffixes.stream()
        .map(s -> s.trim().toLowerCase(Locale.ROOT).replaceAll("^\\.+|\\.+$", ""))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static void checkCidr(String field, String text) {
    if (new IPAddressString(text).getAddress() == null) {
      throw new IllegalArgumentException(field + ": not an address or CIDR: '" + text + "'");
    }
  }
}
