package org.cyberwatch.probe.dnsfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DnsFilterTest {
  private static final DnsFilter FILTER = new DnsFilter(new DnsFilterRules(
      List.of("org", "example"), List.of("blocked.example", "in-addr.arpa"), List.of("a", "AAAA"),
      List.of("127.0.0.0/8"), List.of("127.0.0.2"), 20));

  @ParameterizedTest(name = "{0} {1} from {2} -> {3}")
  @CsvSource({
    "A, ooni.org, 127.0.0.1, ooni.org",
    "A, OONI.ORG., 127.0.0.1, ooni.org",
    "AAAA, www.wikipedia.org, 127.0.0.1, www.wikipedia.org",
    "TXT, ooni.org, 127.0.0.1, ",
    "A, blocked.example, 127.0.0.1, ",
    "A, www.blocked.example, 127.0.0.1, ",
    "A, nonexistent.invalid, 127.0.0.1, ",
    "A, www.torproject.org, 127.0.0.2, ",
    "A, ooni.org, 192.168.0.14, ",
    "A, averyveryverylongname.org, 127.0.0.1, ",
    "A, localhost, 127.0.0.1, ",
    "A, bad..name.org, 127.0.0.1, ",
  })
  void appliesQtypeClientSuffixAndLengthRules(String qtype, String domain, String client,
      String expected) {
    assertEquals(Optional.ofNullable(expected),
        FILTER.accept(new DnsQueryEvent(qtype, domain, client)));
  }
}
