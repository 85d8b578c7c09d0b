package org.cyberwatch.schemas.validate;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names every JSON Schema of the cyberWatch contract. Each schema lives on the classpath under
 * {@code jsonschema/} and is identified by {@code https://cyberwatch.org/schemas/<path>}; nothing
 * is fetched from the network.
 */
public enum SchemaId {
  /** Measurement envelope: OONI base data format df-000, data_format_version 0.2.0. */
  MEASUREMENT("measurement.schema.json"),
  /** {@code POST /report} request body. */
  OPEN_REPORT_REQUEST("api/open-report-request.schema.json"),
  /** {@code POST /report} response body. */
  OPEN_REPORT_RESPONSE("api/open-report-response.schema.json"),
  /** {@code POST /report/{report_id}} request body, also the content of a spool file. */
  SUBMIT_REQUEST("api/submit-request.schema.json"),
  /** {@code POST /report/{report_id}} response body. */
  SUBMIT_RESPONSE("api/submit-response.schema.json"),
  /** {@code POST /api/v1/check-in} request body. */
  CHECK_IN_REQUEST("api/check-in-request.schema.json"),
  /** {@code POST /api/v1/check-in} response body, with the cyberwatch extension. */
  CHECK_IN_RESPONSE("api/check-in-response.schema.json"),
  /** Open Tunnel Telemetry report as a client POSTs it. */
  TUNNEL_TELEMETRY_REPORT("tunnel-telemetry/report.schema.json"),
  /** Tunnel telemetry report as stored, with endpoint and client addresses scrubbed. */
  TUNNEL_TELEMETRY_SCRUBBED_REPORT("tunnel-telemetry/scrubbed-report.schema.json"),

  WEB_CONNECTIVITY_TEST_KEYS(TestKeys.of("web_connectivity")),
  TOR_TEST_KEYS(TestKeys.of("tor")),
  STUNREACHABILITY_TEST_KEYS(TestKeys.of("stunreachability")),
  DNSCHECK_TEST_KEYS(TestKeys.of("dnscheck")),
  URLGETTER_TEST_KEYS(TestKeys.of("urlgetter")),
  TORSF_TEST_KEYS(TestKeys.of("torsf")),
  VANILLA_TOR_TEST_KEYS(TestKeys.of("vanilla_tor")),
  PSIPHON_TEST_KEYS(TestKeys.of("psiphon")),
  SIGNAL_TEST_KEYS(TestKeys.of("signal")),
  OPENVPN_TEST_KEYS(TestKeys.of("openvpn")),
  MULTI_PROTOCOL_TRACEROUTE_TEST_KEYS(TestKeys.of("multi_protocol_traceroute")),
  TCPPING_TEST_KEYS(TestKeys.of("tcpping")),
  RISEUPVPN_TEST_KEYS(TestKeys.of("riseupvpn")),
  BROWSER_WEB_TEST_KEYS(TestKeys.of("browser_web")),
  TELEGRAM_TEST_KEYS(TestKeys.of("telegram")),
  WHATSAPP_TEST_KEYS(TestKeys.of("whatsapp")),
  FACEBOOK_MESSENGER_TEST_KEYS(TestKeys.of("facebook_messenger")),
  HTTP_HEADER_FIELD_MANIPULATION_TEST_KEYS(TestKeys.of("http_header_field_manipulation")),
  HTTP_INVALID_REQUEST_LINE_TEST_KEYS(TestKeys.of("http_invalid_request_line")),
  NDT_TEST_KEYS(TestKeys.of("ndt")),

  TRACEROUTE_TEST_KEYS(TestKeys.of("traceroute")),
  PING_TEST_KEYS(TestKeys.of("ping")),
  TCP_CONNECT_TEST_KEYS(TestKeys.of("tcp_connect")),
  HTTP_VS_HTTPS_TEST_KEYS(TestKeys.of("http_vs_https")),
  PEER_LOCATOR_TEST_KEYS(TestKeys.of("peer_locator")),
  PEER_HTTP_REACHABLE_TEST_KEYS(TestKeys.of("peer_http_reachable")),
  UDP_NAT_DETECTION_TEST_KEYS(TestKeys.of("udp_nat_detection")),
  TUNNEL_TELEMETRY_TEST_KEYS(TestKeys.of("tunnel_telemetry"));

  /** Prefix of every schema's {@code $id}. */
  public static final String BASE_URI = "https://cyberwatch.org/schemas/";

  /** Older names under which OONI probes reported a test. */
  private static final Map<String, String> TEST_NAME_ALIASES =
      Map.of("stun_reachability", "stunreachability");

  private static final Map<String, SchemaId> BY_TEST_NAME =
      Arrays.stream(values())
          .filter(id -> id.testName != null)
          .collect(Collectors.toUnmodifiableMap(id -> id.testName, Function.identity()));

  private final String path;
  private final String testName;

  SchemaId(String path) {
    this.path = path;
    this.testName = null;
  }

  SchemaId(TestKeys testKeys) {
    this.path = "test_keys/" + testKeys.testName() + ".schema.json";
    this.testName = testKeys.testName();
  }

  /** Path of the schema, relative to {@code jsonschema/} on the classpath and to the base URI. */
  public String path() {
    return path;
  }

  /** The schema's {@code $id}. */
  public URI uri() {
    return URI.create(BASE_URI + path);
  }

  /** The test whose {@code test_keys} this schema describes; empty for other documents. */
  public Optional<String> testName() {
    return Optional.ofNullable(testName);
  }

  /**
   * The test_keys schema for a measurement's {@code test_name}, accepting OONI's older names
   * ({@code stun_reachability}); empty when cyberWatch has no schema for that test.
   */
  public static Optional<SchemaId> forTestName(String testName) {
    if (testName == null) {
      return Optional.empty();
    }
    String current = TEST_NAME_ALIASES.getOrDefault(testName, testName);
    return Optional.ofNullable(BY_TEST_NAME.get(current));
  }

  /** Marker for the constructor of test_keys schemas. */
  private record TestKeys(String testName) {
    static TestKeys of(String testName) {
      return new TestKeys(testName);
    }
  }
}
