package org.cyberwatch.probe.dnsfeed;

import java.util.Objects;

/**
 * One DNS query as read from a feed. The client is only used for filtering and is dropped right
 * after: nothing downstream of {@link DnsFilter} sees it.
 *
 * @param qtype query type (A, AAAA, ...)
 * @param domain queried name as the resolver logged it
 * @param client client address, or null when the feed has none
 */
public record DnsQueryEvent(String qtype, String domain, String client) {
  public DnsQueryEvent {
    Objects.requireNonNull(qtype, "qtype");
    Objects.requireNonNull(domain, "domain");
  }

  @Override
  public String toString() {
    return "DnsQueryEvent[qtype=" + qtype + ", domain=<hidden>, client=<hidden>]";
  }
}
