package org.cyberwatch.pipelines.score.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading the blocking-fingerprints CSV format. */
class FingerprintsTest {

  private static final String HEADER = "name,scope,other_names,location_found,pattern_type,pattern,"
      + "confidence_no_fp,expected_countries,source,exp_url,notes\n";

  @Test
  void shippedListsAreOonisDnsThenHttpFingerprints() {
    Fingerprints shipped = Fingerprints.shipped();
    assertEquals(List.of(1849, "ooni.by_4", "dns"), List.of(shipped.size(),
        shipped.all().get(0).name(), shipped.all().get(149).locationFound()));
  }

  @Test
  void shippedDnsCsvHoldsExactlyOonisJsonList() throws IOException {
    JsonNode json;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/fingerprints/fingerprints_dns.json")) {
      json = new ObjectMapper().readTree(in);
    }
    List<List<Object>> expected = new ArrayList<>();
    for (JsonNode f : json) {
      expected.add(List.of(f.get("name").asText(), f.get("scope").asText(),
          f.get("other_names").asText(), f.get("location_found").asText(),
          f.get("pattern_type").asText(), f.get("pattern").asText(),
          f.get("confidence_no_fp").asInt(),
          Fingerprint.parseCountries(f.get("expected_countries").asText())));
    }
    List<List<Object>> loaded = new ArrayList<>();
    for (Fingerprint f : Fingerprints.shipped().all().subList(0, 150)) {
      loaded.add(List.of(f.name(), f.scope(), f.otherNames(), f.locationFound(),
          f.patternType().csvName(), f.pattern(), f.confidenceNoFp(), f.expectedCountries()));
    }
    assertEquals(expected, loaded);
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaks() {
    List<String> patterns = Fingerprints.shipped().all().stream()
        .filter(f -> List.of("ooni.af_0", "ooni.co_0", "cp.d_corp_multacom_satellite")
            .contains(f.name()))
        .map(Fingerprint::pattern).toList();
    assertEquals(List.of("content=\"Access Denied - Afghan Wireless Communication Company",
        "Esta página ha sido bloqueada por disposición del Ministerio de las TIC,",
        "<title>Page Restricted</title>\r\n"), patterns);
  }

  @Test
  void expectedCountriesAreParsedAsFastpathDoes() {
    assertEquals(List.of(List.of(), List.of("RU"), List.of("AU", "DE", "DK", "FR")),
        List.of(Fingerprint.parseCountries(",ZZ"), Fingerprint.parseCountries(",RU"),
            Fingerprint.parseCountries("AU,DE,DK,FR ")));
  }

  @Test
  void snapshotDirectoryLoadsBothFilesWithTheSameDigest(@TempDir Path dir) throws IOException {
    for (String name : Fingerprints.FILE_NAMES) {
      try (InputStream in = getClass().getResourceAsStream("/fingerprints/" + name)) {
        Files.copy(in, dir.resolve(name));
      }
    }
    assertEquals(Fingerprints.shipped().digest(), Fingerprints.load(dir).digest());
  }

  @Test
  void digestChangesWithAnyField() throws IOException {
    String row = "ooni.x,nat,,body,contains,Blocked here,5,IT,ooni,,\n";
    String other = "ooni.x,nat,,body,contains,Blocked here,5,IT,ooni,,note\n";
    assertNotEquals(load(HEADER + row).digest(), load(HEADER + other).digest());
  }

  static Stream<Arguments> invalidCsv() {
    return Stream.of(
        Arguments.of(HEADER + "a,nat,,body,glob,x,5,IT,,,\n", "pattern_type", 2),
        Arguments.of(HEADER + "a,nat,,body,regexp,(x,5,IT,,,\n", "pattern", 2),
        Arguments.of(HEADER + "a,nat,,cookie,full,x,5,IT,,,\n", "row", 2),
        Arguments.of(HEADER + "a,nat,,body,full,,5,IT,,,\n", "row", 2),
        Arguments.of(HEADER + "a,nat,,body,full,x,high,IT,,,\n", "confidence_no_fp", 2),
        Arguments.of(HEADER + "a,nat,,body,full,x,5,IT,,\n", "csv", 2),
        Arguments.of(HEADER + "a,nat,,body,full,\"x,5,IT,,,\n", "csv", 2),
        Arguments.of("name,scope,location_found,pattern_type,pattern,expected_countries\n", "confidence_no_fp", 1));
  }

  @ParameterizedTest
  @MethodSource("invalidCsv")
  void invalidRowIsRejectedNamingLineAndField(String csv, String field, int line) {
    FingerprintFormatException e = assertThrows(FingerprintFormatException.class, () -> load(csv));
    assertEquals(List.of(field, line), List.of(e.field(), e.line()));
  }

  private static Fingerprints load(String csv) throws IOException {
    return Fingerprints.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
  }
}
