package org.cyberwatch.schemas.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class As2OrgParserTest {

  private static final Path FIXTURE = Fixtures.dated(Fixtures.AS2ORG);

  @Test
  void readsBothSectionsOfThePublishedFormat() throws IOException {
    As2OrgSnapshot s = As2OrgParser.read(FIXTURE);
    assertEquals(15, s.ases().size());
    assertEquals(14, s.orgs().size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "13335; CLOUDFLARENET; CLOUD14-ARIN; 2f1a6a7e9ef8e71b1e2a6b0e3ce3b9c4_ARIN; ARIN",
        "23969; TOT-NET TOT Public Company Limited; @aut-23969-APNIC; A91D7D33; APNIC",
        "3215; France Telecom - Orange; ORG-FT2-RIPE; 3b5cf7d2-0e8f-4e1a-9b6c-2d4f8a1e7c3b; RIPE"
      })
  void mapsAutColumnsByName(long asn, String name, String orgId, String opaqueId, String source)
      throws IOException {
    CaidaAs as = As2OrgParser.read(FIXTURE).as(asn).orElseThrow();
    assertEquals(new CaidaAs(asn, as.changed(), name, orgId, opaqueId, source), as);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "13335; Cloudflare, Inc.; US",
        "24409; China Internet Network Information Center; CN",
        "56203; Gtelecom Pty Ltd; ''",
        "2500; WIDE Project; JP"
      })
  void joinsAnAsToItsOrganization(long asn, String orgName, String country) throws IOException {
    CaidaOrg org = As2OrgParser.read(FIXTURE).orgOf(asn).orElseThrow();
    assertEquals(orgName, org.name());
    assertEquals(country, org.country());
  }

  @Test
  void unknownAsHasNoOrganization() throws IOException {
    assertEquals(Optional.empty(), As2OrgParser.read(FIXTURE).orgOf(64496));
  }

  @Test
  void readsTheOlderLayoutWithoutOpaqueIdGzipped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("20120101.as-org2info.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          ("# format: aut|changed|name|org_id|source\n1|20120224|LVLT-1|LVLT-ARIN|ARIN\n"
                  + "# format: org_id|changed|name|country|source\n"
                  + "LVLT-ARIN|20120130|Level 3 Communications, Inc.|US|ARIN\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    As2OrgSnapshot s = As2OrgParser.read(file);
    assertEquals(
        new CaidaAs(1, "20120224", "LVLT-1", "LVLT-ARIN", "", "ARIN"), s.as(1).orElseThrow());
    assertEquals("Level 3 Communications, Inc.", s.orgOf(1).orElseThrow().name());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "1|20120224|LVLT-1|LVLT-ARIN||ARIN; 1; data before '# format:'",
        "# format:aut|changed|aut_name|org_id|opaque_id|source\\n"
            + "1|x|LVLT-1|LVLT-ARIN|ARIN; 2; expected 6 columns",
        "# format:aut|changed|aut_name|org_id|opaque_id|source\\n"
            + "AS1|x|LVLT-1|O||ARIN; 2; bad AS number"
      })
  void failsOnMalformedLinesNamingTheLine(
      String content, long line, String problem, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("20120101.as-org2info.txt");
    Files.writeString(file, content.replace("\\n", "\n") + "\n");
    SnapshotFormatException e =
        assertThrows(SnapshotFormatException.class, () -> As2OrgParser.read(file));
    assertEquals(line, e.line());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }
}
