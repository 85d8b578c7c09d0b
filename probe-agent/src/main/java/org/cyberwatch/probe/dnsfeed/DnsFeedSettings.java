package org.cyberwatch.probe.dnsfeed;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The anonymised DNS feed: where query events come from (a Pi-hole API to poll or a resolver log to
 * tail), what passes the filters, and how domains become targets.
 *
 * @param piholeUrl Pi-hole v6 base URL, when polled
 * @param password Pi-hole API password (secret), when one is set
 * @param logFile dnsmasq/FTL query log to tail
 * @param filter allow/deny lists and length limit
 * @param maxAddresses addresses kept per resolved domain
 * @param pollInterval how often the feed is read
 * @param secretFile HMAC key file for domain hashes
 * @param tests tests run on the addresses
 */
public record DnsFeedSettings(Optional<URI> piholeUrl, Optional<String> password,
    Optional<Path> logFile, DnsFilterRules filter, int maxAddresses, Duration pollInterval,
    Path secretFile, List<String> tests) {
  public DnsFeedSettings {
    Objects.requireNonNull(piholeUrl, "piholeUrl");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(logFile, "logFile");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(secretFile, "secretFile");
    tests = List.copyOf(tests);
    if (maxAddresses < 1) {
      throw new IllegalArgumentException("maxAddresses: must be at least 1, got " + maxAddresses);
    }
  }

  /** Whether a feed is configured. */
  public boolean enabled() {
    return piholeUrl.isPresent() || logFile.isPresent();
  }

  @Override
  public String toString() {
    return "DnsFeedSettings[piholeUrl=" + piholeUrl + ", password="
        + (password.isPresent() ? "<redacted>" : "none") + ", logFile=" + logFile + ", filter="
        + filter + ", maxAddresses=" + maxAddresses + ", pollInterval=" + pollInterval + "]";
  }
}
