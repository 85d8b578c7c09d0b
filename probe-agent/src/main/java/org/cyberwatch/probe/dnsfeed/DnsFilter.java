package org.cyberwatch.probe.dnsfeed;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Applies {@link DnsFilterRules} to feed events and normalises the domain (lower case, no trailing
 * dot). Returns the domain only: the client identifier goes no further.
 */
public final class DnsFilter {
  private static final Pattern HOSTNAME =
      Pattern.compile("(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.)+[a-z0-9-]{1,63}");

  private final DnsFilterRules rules;
  private final List<IPAddress> allowClients;
  private final List<IPAddress> denyClients;

  /** A filter for {@code rules}. */
  public DnsFilter(DnsFilterRules rules) {
    this.rules = rules;
    this.allowClients = rules.allowClients().stream().map(DnsFilter::address).toList();
    this.denyClients = rules.denyClients().stream().map(DnsFilter::address).toList();
  }

  /** The normalised domain when the event passes every rule. */
  public Optional<String> accept(DnsQueryEvent event) {
    if (!rules.qtypes().contains(event.qtype().toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (!clientAllowed(event.client())) {
      return Optional.empty();
    }
    String domain = event.domain().toLowerCase(Locale.ROOT);
    if (domain.endsWith(".")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    if (domain.length() > rules.maxDomainLength() || !HOSTNAME.matcher(domain).matches()) {
      return Optional.empty();
    }
    if (matchesAny(domain, rules.denySuffixes())) {
      return Optional.empty();
    }
    if (!rules.allowSuffixes().isEmpty() && !matchesAny(domain, rules.allowSuffixes())) {
      return Optional.empty();
    }
    return Optional.of(domain);
  }

  private boolean clientAllowed(String client) {
    if (allowClients.isEmpty() && denyClients.isEmpty()) {
      return true;
    }
    IPAddress a = client == null ? null : new IPAddressString(client).getAddress();
    if (a == null) {
      return allowClients.isEmpty();
    }
    if (denyClients.stream().anyMatch(d -> d.contains(a))) {
      return false;
    }
    return allowClients.isEmpty() || allowClients.stream().anyMatch(d -> d.contains(a));
  }

  private static boolean matchesAny(String domain, List<String> suffixes) {
    for (String s : suffixes) {
      if (domain.equals(s) || domain.endsWith("." + s)) {
        return true;
      }
    }
    return false;
  }

  private static IPAddress address(String text) {
    return new IPAddressString(text).getAddress().toPrefixBlock();
  }
}
