package org.cyberwatch.pipelines.score.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The matcher on the fingerprints shipped with the jar (OONI's lists) and on small lists. */
class FingerprintMatcherTest {

  private static final FingerprintMatcher SHIPPED = FingerprintMatcher.of(Fingerprints.shipped());

  static Stream<Arguments> bodies() {
    return Stream.of(
        Arguments.of("GdF Stop Page", List.of("ooni.it_0")),
        Arguments.of("foo ... Makluman/Notification ... foo", List.of("ooni.my_0")),
        Arguments.of("gdf stop page", List.of()),
        Arguments.of("<p>U.S. Cyber Command</p>", List.of("cp.fp_x_us_command")),
        Arguments.of("{\"msg\": \"x\", \"id\": 1}", List.of("cp.fp_x_msg_id")),
        Arguments.of("<HTML></HTML>", List.of("cl.susp_blankhtml_1")),
        Arguments.of(" <HTML></HTML>", List.of()),
        Arguments.of("<title>Page Restricted</title>\r\n", List.of("cp.d_corp_multacom_satellite")),
        Arguments.of("<title>Page Restricted</title>\n", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void textBodyMatchesRealFingerprints(String body, List<String> names) {
    assertEquals(names, names(SHIPPED.matchBody(body)));
  }

  @Test
  void rawBodyIsSearchedAsUtf8Bytes() {
    String arabic = "لمزيد من المعلومات عن خدمة الإنترنت في المملكة العربية السعودية، يمكنك زيارة الموقع التالي";
    byte[] raw = ("<p>" + arabic + "</p>").getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("cl.nat_sa"), names(SHIPPED.matchBody(raw)));
  }

  static Stream<Arguments> headers() {
    return Stream.of(
        Arguments.of(Map.of("location", "http://lamanlabuh.aduankonten.id/"),
            List.of("ooni.id_lamanlabuh_kominfo")),
        Arguments.of(Map.of("location", "https://x.example/?u=http://lamanlabuh.aduankonten.id"),
            List.of()),
        Arguments.of(Map.of("server", "SonicWALL"), List.of("ooni.br_1")),
        Arguments.of(Map.of("server", "SonicWALL 2"), List.of()),
        Arguments.of(Map.of("server", "Protected by WireFilter 8.1"), List.of("ooni.ae_0")),
        Arguments.of(Map.of("location", "http://b.example/?m=Protected by WireFilter"),
            List.of("cl.prod_wirefilter")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headers")
  void headerValueMatchesByPatternType(Map<String, String> headers, List<String> names) {
    assertEquals(names, names(SHIPPED.matchHeaders(headers)));
  }

  @Test
  void dnsAnswerMatchesEveryFingerprintWithThatAddressInListOrder() {
    assertEquals(List.of("ooni.id_40", "ooni.id_dns_106"),
        names(SHIPPED.matchDnsAnswer("202.3.219.209")));
  }

  @Test
  void dnsAnswerMatchesIranianBlockAddress() {
    assertEquals(List.of("ooni.ir_10dot10_ipv4_1"), names(SHIPPED.matchDnsAnswer("10.10.34.36")));
  }

  @Test
  void matchesComeInListOrderOncePerCall() {
    FingerprintMatcher m = FingerprintMatcher.of(Fingerprints.of(List.of(
        body("a", PatternType.CONTAINS, "second"), body("b", PatternType.CONTAINS, "first"),
        body("c", PatternType.PREFIX, "first"), body("d", PatternType.CONTAINS, "second"))));
    assertEquals(List.of("a", "b", "c", "d"), names(m.matchBody("first second second")));
  }

  @Test
  void prefixMatchesOnlyAtTheStart() {
    FingerprintMatcher m = FingerprintMatcher.of(Fingerprints.of(List.of(
        body("p", PatternType.PREFIX, "Blocked"))));
    assertEquals(List.of(), names(m.matchBody("Not Blocked")));
  }

  @Test
  void manyOverlappingPatternsAreAllFound() {
    List<Fingerprint> fps = new java.util.ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      fps.add(body("n" + i, PatternType.CONTAINS, "block-" + i + ";"));
    }
    FingerprintMatcher m = FingerprintMatcher.of(Fingerprints.of(fps));
    assertEquals(List.of("n7", "n77", "n4999"), names(m.matchBody("block-77;block-7;block-4999;")));
  }

  private static Fingerprint body(String name, PatternType type, String pattern) {
    return new Fingerprint(name, "nat", "", "body", type, pattern, 5, List.of("IT"), "", "", "");
  }

  private static List<String> names(List<Fingerprint> fps) {
    return fps.stream().map(Fingerprint::name).toList();
  }
}
