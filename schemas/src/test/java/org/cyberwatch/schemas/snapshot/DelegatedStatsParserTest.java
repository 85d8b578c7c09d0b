package org.cyberwatch.schemas.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelegatedStatsParserTest {

  @ParameterizedTest
  @CsvSource({Fixtures.APNIC + ", 11", Fixtures.RIPENCC + ", 6"})
  void skipsHeaderAndSummaryLinesAndReadsEveryRecord(String file, long records) throws IOException {
    List<RirDelegation> out = new ArrayList<>();
    assertEquals(records, DelegatedStatsParser.parse(Fixtures.dated(file), out::add));
    assertEquals(records, out.size());
  }

  @Test
  void keepsEveryFieldOfARecord() throws IOException {
    List<RirDelegation> out = new ArrayList<>();
    DelegatedStatsParser.parse(Fixtures.dated(Fixtures.RIPENCC), out::add);
    assertEquals(
        new RirDelegation(
            "ripencc",
            "FR",
            "ipv4",
            "2.0.0.0",
            1048576,
            "20100712",
            "allocated",
            "3b5cf7d2-0e8f-4e1a-9b6c-2d4f8a1e7c3b"),
        out.get(0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "apnic|AU|ipv4|1.0.4.0|768|20110412|allocated|A9192210; 1.0.4.0/23 1.0.6.0/24",
        "ripencc|EU|ipv4|5.2.64.0|1536|20120501|allocated|x; 5.2.64.0/22 5.2.68.0/23",
        "arin|US|ipv4|8.0.0.0|8388608|19921201|allocated|x; 8.0.0.0/9",
        "lacnic|BR|ipv4|200.0.0.3|5|20000101|assigned|; 200.0.0.3/32 200.0.0.4/30",
        "ripencc|FR|ipv4|2.0.0.0|1048576|20100712|allocated; 2.0.0.0/12",
        "apnic|JP|ipv6|2001:200::|35|19990813|allocated|A91F0AB4; 2001:200::/35"
      })
  void splitsAddressCountsIntoCidrPrefixes(String line, String prefixes) throws IOException {
    RirDelegation d = single(line);
    assertEquals(
        Arrays.asList(prefixes.split(" ")), d.prefixes().stream().map(IpPrefix::toString).toList());
  }

  @Test
  void asnValueIsACountOfAsNumbers() throws IOException {
    RirDelegation d = single("apnic|CN|asn|24151|4|20020819|allocated|A92E1062");
    assertEquals(24154, d.lastAsn());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "apnic|AU|ipv4|1.0.0.0; expected at least 7 fields",
        "apnic|AU|ipv5|1.0.0.0|256|20110811|assigned; type",
        "apnic|AU|ipv4|1.0.0.0|0|20110811|assigned; value",
        "apnic|AU|ipv4|255.255.255.0|512|20110811|assigned; pass 255.255.255.255",
        "apnic|AU|ipv4|2001::|256|20110811|assigned; is not an ipv4 address",
        "apnic|JP|ipv6|2001:200::1|35|19990813|allocated; host bits",
        "apnic|AU|asn|AS1|1|20110811|assigned; bad AS number",
        "apnic|AU|ipv4|1.0.0.0|many|20110811|assigned; many"
      })
  void failsOnAMalformedRecordNamingTheLine(String line, String problem, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("delegated-apnic-extended-20230501");
    Files.writeString(file, "2|apnic|20230501|1|19830613|20230430|+1000\n" + line + "\n");
    SnapshotFormatException e =
        assertThrows(
            SnapshotFormatException.class, () -> DelegatedStatsParser.parse(file, d -> {}));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @TempDir Path tmp;

  private RirDelegation single(String line) throws IOException {
    Path file = tmp.resolve("delegated-x-extended-20230501");
    Files.writeString(file, "# a comment\n" + line + "\n");
    List<RirDelegation> out = new ArrayList<>();
    DelegatedStatsParser.parse(file, out::add);
    assertEquals(1, out.size());
    return out.get(0);
  }
}
