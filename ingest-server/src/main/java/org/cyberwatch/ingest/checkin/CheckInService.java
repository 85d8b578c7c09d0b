package org.cyberwatch.ingest.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.cyberwatch.ingest.geo.GeoInfo;
import org.cyberwatch.ingest.geo.GeoLocator;
import org.cyberwatch.ingest.report.ReportMetadata;
import org.cyberwatch.ingest.report.ReportService;
import org.cyberwatch.ingest.report.UploadRejectedException;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;
import org.cyberwatch.schemas.id.TestNames;

/**
 * {@code POST /api/v1/check-in}: tells a probe what to measure, as OONI's check-in does (report
 * ids per test, web_connectivity URLs for its country and categories, test helpers) plus the
 * cyberWatch extension (targets per test, rate limits and intervals) from the target list file.
 */
public final class CheckInService {

  /** The tests OONI's check-in opens reports for. */
  static final List<String> OONI_TESTS = List.of("bridge_reachability", "dash", "dns_consistency",
      "dnscheck", "facebook_messenger", "http_header_field_manipulation", "http_host",
      "http_invalid_request_line", "http_requests", "meek_fronted_requests_test",
      "multi_protocol_traceroute", "ndt", "psiphon", "riseupvpn", "tcp_connect", "telegram", "tor",
      "urlgetter", "vanilla_tor", "web_connectivity", "whatsapp");

  private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Supplier<TargetList> targets;
  private final GeoLocator geo;
  private final ReportService reports;
  private final LocalHelpers helpers;
  private final Clock clock;

  /** A service answering from {@code targets}. */
  public CheckInService(Supplier<TargetList> targets, GeoLocator geo, ReportService reports,
      LocalHelpers helpers, Clock clock) {
    this.targets = targets;
    this.geo = geo;
    this.reports = reports;
    this.helpers = helpers;
    this.clock = clock;
  }

  /**
   * The check-in answer.
   *
   * @param request the probe's self-description (OONI check-in request)
   * @param clientIp the address it came from (geolocated, never stored)
   * @param apiHost host the probe reached the API at; baseUrl scheme://host:port of the API
   */
  public ObjectNode checkIn(JsonNode request, String clientIp, String apiHost, String baseUrl)
      throws UploadRejectedException {
    if (!request.isObject()) {
      throw new UploadRejectedException(Reason.INVALID_REQUEST, "the check-in body must be a JSON object");
    }
    String cc = ReportMetadata.cc(request.path("probe_cc").asText("ZZ"));
    long asn = ReportMetadata.asn(request.path("probe_asn").asText("AS0"));
    GeoInfo seen = geo.locate(clientIp);
    if (cc.equals("ZZ") && asn == 0) { // as OONI: the lookup only fills in what the probe omitted
      cc = seen.cc();
      asn = seen.asn();
    }
    TargetList list = targets.get();
    ObjectNode out = JSON.createObjectNode();
    out.put("v", 1);
    out.put("probe_cc", seen.known() ? seen.cc() : cc);
    out.put("probe_asn", seen.known() ? seen.probeAsn() : "AS" + asn);
    out.put("probe_network_name", seen.networkName());
    out.put("utc_time", UTC_TIME.format(clock.instant()));
    out.set("conf", conf(list, apiHost, baseUrl));
    out.set("tests", tests(request, list, cc, asn));
    ObjectNode ext = out.putObject("cyberwatch");
    ext.set("targets", JSON.valueToTree(targetsFor(list, cc)));
    ext.set("settings", JSON.valueToTree(list.settings()));
    return out;
  }

  private ObjectNode conf(TargetList list, String apiHost, String baseUrl) {
    ObjectNode conf = JSON.createObjectNode();
    conf.putObject("features");
    Map<String, List<TestHelper>> all = new LinkedHashMap<>(list.testHelpers());
    all.putAll(helpers.announce(apiHost, baseUrl));
    conf.set("test_helpers", JSON.valueToTree(all));
    return conf;
  }

  private ObjectNode tests(JsonNode request, TargetList list, String cc, long asn) {
    Set<String> names = new LinkedHashSet<>(OONI_TESTS);
    names.addAll(list.targets().keySet());
    request.path("cyberwatch").path("supported_tests").forEach(t -> {
      if (TestNames.isValid(t.asText())) {
        names.add(t.asText());
      }
    });
    ObjectNode tests = JSON.createObjectNode();
    for (String name : names) {
      tests.putObject(name).put("report_id", reports.newReportId(new ReportMetadata(name, cc, asn)).toString());
    }
    List<UrlTarget> urls = UrlSelection.select(list.urls(), cc, categories(request.path("web_connectivity")), limit(request));
    ((ObjectNode) tests.get("web_connectivity")).set("urls", JSON.valueToTree(urls));
    return tests;
  }

  private static Map<String, List<Target>> targetsFor(TargetList list, String cc) {
    Map<String, List<Target>> out = new LinkedHashMap<>();
    list.targets().forEach((test, ts) -> {
      List<Target> mine = new ArrayList<>(ts.stream().filter(t -> t.forCountry(cc)).toList());
      if (!mine.isEmpty()) {
        out.put(test, mine);
      }
    });
    return out;
  }

  /** Category codes as a list or OONI's comma-separated string; upper case. */
  static List<String> categories(JsonNode webConnectivity) {
    JsonNode codes = webConnectivity.path("category_codes");
    List<String> out = new ArrayList<>();
    if (codes.isTextual()) {
      for (String c : codes.asText().split(",")) {
        if (!c.isBlank()) {
          out.add(c.trim().toUpperCase(java.util.Locale.ROOT));
        }
      }
    } else {
      codes.forEach(c -> out.add(c.asText().toUpperCase(java.util.Locale.ROOT)));
    }
    return out;
  }

  /** OONI's URL limit: all for manual runs, 100 when charging (the default), else 20. */
  static int limit(JsonNode request) {
    if ("manual".equals(request.path("run_type").asText("timed"))) {
      return Integer.MAX_VALUE;
    }
    return request.path("charging").asBoolean(true) ? 100 : 20;
  }
}
