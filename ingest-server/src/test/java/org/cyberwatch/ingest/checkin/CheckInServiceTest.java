package org.cyberwatch.ingest.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cyberwatch.ingest.geo.GeoInfo;
import org.cyberwatch.ingest.report.ReportService;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.cyberwatch.ingest.testing.MutableClock;
import org.cyberwatch.schemas.id.ReportId;
import org.cyberwatch.schemas.id.TestNames;
import org.cyberwatch.schemas.validate.SchemaId;
import org.cyberwatch.schemas.validate.SchemaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckInServiceTest {

  private static final SchemaValidator VALIDATOR = SchemaValidator.load();
  private static final TargetList TARGETS = TargetListFileTest.fixture();
  private static final String BASE = "https://collector.example:443";
  private static final GeoInfo SEEN = new GeoInfo(3215, "FR", "France Telecom - Orange");

  private final MutableClock clock = new MutableClock(Instant.parse("2023-11-17T09:59:41Z"));
  private final ReportService reports = new ReportService("1", "0.1.0", clock, new SecureRandom(),
      r -> CompletableFuture.completedFuture(null));

  private JsonNode checkIn(JsonNode request, GeoInfo seen, LocalHelpers helpers) throws Exception {
    return new CheckInService(() -> TARGETS, ip -> seen, reports, helpers, clock)
        .checkIn(request, "2.0.0.1", "collector.example", BASE);
  }

  private JsonNode checkIn(JsonNode request) throws Exception {
    return checkIn(request, GeoInfo.UNKNOWN, LocalHelpers.PEER_LOCATOR_ONLY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"check_in_request_ooni.json", "check_in_request_cyberwatch.json"})
  void answerIsAValidCheckInResponse(String request) throws Exception {
    JsonNode answer = checkIn(ApiFixtures.json("api/" + request));

    assertEquals(List.of(), VALIDATOR.validate(SchemaId.CHECK_IN_RESPONSE, answer), answer.toString());
  }

  @Test
  void everyTestGetsAFreshReportIdForTheProbe() throws Exception {
    JsonNode tests = checkIn(ApiFixtures.json("api/check_in_request_cyberwatch.json")).get("tests");

    List<String> wrong = new ArrayList<>();
    tests.fields().forEachRemaining(e -> {
      ReportId id = ReportId.parse(e.getValue().get("report_id").asText());
      if (!(id.cc().equals("DE") && id.asn() == 3320 && id.testName().equals(TestNames.compact(e.getKey()))
          && id.hasStrongRandom())) {
        wrong.add(e.getKey());
      }
    });
    assertEquals(List.of(), wrong);
    assertTrue(tests.has("web_connectivity") && tests.has("traceroute") && tests.has("udp_nat_detection")
        && tests.has("peer_locator"), tests.toString());
  }

  @Test
  void probeWithoutCountryAndAsGetsTheLookedUpOnes() throws Exception {
    ObjectNode request = ApiFixtures.json("api/check_in_request_ooni.json");
    request.remove("probe_cc");
    request.remove("probe_asn");

    JsonNode answer = checkIn(request, SEEN, LocalHelpers.PEER_LOCATOR_ONLY);

    ReportId id = ReportId.parse(answer.at("/tests/web_connectivity/report_id").asText());
    assertEquals(List.of("FR", "AS3215", "FR", 3215L),
        List.of(answer.get("probe_cc").asText(), answer.get("probe_asn").asText(), id.cc(), id.asn()));
  }

  @Test
  void probeThatStatesItsNetworkKeepsItInReportIds() throws Exception {
    JsonNode answer = checkIn(ApiFixtures.json("api/check_in_request_ooni.json"), SEEN, LocalHelpers.PEER_LOCATOR_ONLY);

    ReportId id = ReportId.parse(answer.at("/tests/web_connectivity/report_id").asText());
    assertEquals(List.of("FR", "US", 1234L), List.of(answer.get("probe_cc").asText(), id.cc(), id.asn()));
  }

  /** Columns: probe_cc; category codes (space separated, - = none); run_type; charging; expected URLs. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "TR; -; timed; true; http://www.turkiyegazetesi.com.tr/ http://www.turkhukuksitesi.com/kadin_haklari.php/"
        + " https://freenetproject.org/ https://www.backtrack-linux.org/ http://www.osce.org/ http://www.unfpa.org/swp",
    "TR; NEWS IGO; timed; true; http://www.turkiyegazetesi.com.tr/ http://www.osce.org/ http://www.unfpa.org/swp",
    "DE; ANON; manual; false; https://freenetproject.org/",
    "BR; CULTR; timed; true; http://itgirls.com.br/",
    "ZZ; HACK; timed; true; https://www.backtrack-linux.org/"})
  void urlsAreTheProbeCountryListThenTheGlobalOne(String cc, String categories, String runType, boolean charging,
      String expected) throws Exception {
    ObjectNode request = ApiFixtures.json("api/check_in_request_ooni.json").put("probe_cc", cc)
        .put("run_type", runType).put("charging", charging);
    var codes = request.with("web_connectivity").putArray("category_codes");
    if (!categories.equals("-")) {
      List.of(categories.split(" ")).forEach(codes::add);
    }

    List<String> urls = new ArrayList<>();
    checkIn(request).at("/tests/web_connectivity/urls").forEach(u -> urls.add(u.get("url").asText()));

    assertEquals(List.of(expected.split(" ")), urls);
  }

  @Test
  void commaSeparatedCategoryCodesAreAcceptedAsOoniDoes() throws Exception {
    ObjectNode request = ApiFixtures.json("api/check_in_request_ooni.json").put("probe_cc", "TR");
    request.with("web_connectivity").put("category_codes", "humr,IGO");

    JsonNode urls = checkIn(request).at("/tests/web_connectivity/urls");

    assertEquals(3, urls.size(), urls.toString());
  }

  @ParameterizedTest
  @CsvSource({"timed, false, 20", "timed, true, 100", "manual, false, 2147483647"})
  void urlLimitFollowsOoni(String runType, boolean charging, int limit) {
    ObjectNode request = ApiFixtures.JSON.createObjectNode().put("run_type", runType).put("charging", charging);

    assertEquals(limit, CheckInService.limit(request));
  }

  @Test
  void targetsWithCountriesGoOnlyToThoseProbes() throws Exception {
    JsonNode de = checkIn(ApiFixtures.json("api/check_in_request_cyberwatch.json")).at("/cyberwatch/targets/traceroute");
    JsonNode us = checkIn(ApiFixtures.json("api/check_in_request_ooni.json")).at("/cyberwatch/targets/traceroute");

    assertEquals(List.of(2, 1, false), List.of(de.size(), us.size(), de.get(1).has("probe_cc")));
  }

  @Test
  void testHelpersIncludeTheFileOnesAndThisCollectorsOwn() throws Exception {
    JsonNode helpers = checkIn(ApiFixtures.json("api/check_in_request_ooni.json"), GeoInfo.UNKNOWN,
        new LocalHelpers("", 57008, 57009, "192.0.2.30")).at("/conf/test_helpers");

    assertEquals(List.of("https://0.th.ooni.org", BASE + "/api/v1/peer-locator", "collector.example:57008",
            "collector.example:57009", "192.0.2.30:57008"),
        List.of(helpers.at("/web-connectivity/0/address").asText(), helpers.at("/peer-locator/0/address").asText(),
            helpers.at("/nat-detection/0/address").asText(), helpers.at("/nat-detection-alt/0/address").asText(),
            helpers.at("/nat-detection-alt/1/address").asText()));
  }

  @Test
  void settingsComeFromTheTargetList() throws Exception {
    JsonNode settings = checkIn(ApiFixtures.json("api/check_in_request_cyberwatch.json")).at("/cyberwatch/settings");

    assertEquals(List.of(30.0, 5, 50, 21600.0, 3600.0),
        List.of(settings.at("/rate_limits/measurements_per_minute").asDouble(), settings.at("/rate_limits/burst").asInt(),
            settings.at("/rate_limits/packets_per_second").asInt(), settings.get("check_in_interval_s").asDouble(),
            settings.at("/test_intervals_s/traceroute").asDouble()));
  }
}
