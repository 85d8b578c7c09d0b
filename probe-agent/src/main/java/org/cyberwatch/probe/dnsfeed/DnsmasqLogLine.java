package org.cyberwatch.probe.dnsfeed;

import java.util.Optional;

/**
 * Reads a query line of a dnsmasq (or Pi-hole FTL, which embeds dnsmasq) log written with {@code
 * log-queries}: {@code Nov 21 06:54:39 dnsmasq[13377]: query[A] ooni.org from 127.0.0.1}, and the
 * {@code log-queries=extra} form with a serial and source before {@code query[…]}. Other lines
 * (replies, forwards, start-up) give nothing.
 */
public final class DnsmasqLogLine {
  private DnsmasqLogLine() {}

  /** The query event of {@code line}, if it is a query line. */
  public static Optional<DnsQueryEvent> parse(String line) {
    int colon = line.indexOf("]: ");
    if (colon < 0) {
      return Optional.empty();
    }
    int q = line.indexOf("query[", colon);
    if (q < 0) {
      return Optional.empty();
    }
    int close = line.indexOf("] ", q);
    if (close < 0) {
      return Optional.empty();
    }
    String qtype = line.substring(q + 6, close);
    String rest = line.substring(close + 2);
    int from = rest.indexOf(" from ");
    if (from <= 0 || qtype.isEmpty()) {
      return Optional.empty();
    }
    String domain = rest.substring(0, from);
    String client = rest.substring(from + 6).trim();
    if (domain.indexOf(' ') >= 0 || client.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DnsQueryEvent(qtype, domain, client));
  }
}
