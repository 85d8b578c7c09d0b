package org.cyberwatch.probe.dnsfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DnsmasqLogLineTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/dnsfeed");

  private static List<DnsQueryEvent> queries(String file) throws Exception {
    return Files.readAllLines(FIXTURES.resolve(file)).stream().map(DnsmasqLogLine::parse)
        .flatMap(Optional::stream).toList();
  }

  @Test
  void readsEveryQueryLineOfARealDnsmasqLogAndNothingElse() throws Exception {
    assertEquals(List.of(
        new DnsQueryEvent("A", "ooni.org", "127.0.0.1"),
        new DnsQueryEvent("AAAA", "www.wikipedia.org", "127.0.0.1"),
        new DnsQueryEvent("A", "www.wikipedia.org", "127.0.0.1"),
        new DnsQueryEvent("A", "www.torproject.org", "127.0.0.1"),
        new DnsQueryEvent("TXT", "ooni.org", "127.0.0.1"),
        new DnsQueryEvent("A", "blocked.example", "127.0.0.1"),
        new DnsQueryEvent("PTR", "7.100.51.198.in-addr.arpa", "127.0.0.1"),
        new DnsQueryEvent("A", "www.torproject.org", "127.0.0.2"),
        new DnsQueryEvent("A", "nonexistent.invalid", "127.0.0.1")),
        queries("dnsmasq-2.90.log"));
  }

  @Test
  void readsTheLogQueriesExtraForm() throws Exception {
    assertEquals(List.of(new DnsQueryEvent("A", "ooni.org", "127.0.0.1"),
        new DnsQueryEvent("AAAA", "www.wikipedia.org", "127.0.0.2")),
        queries("dnsmasq-2.90-extra.log"));
  }
}
