package org.cyberwatch.schemas.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real OONI measurements and cyberWatch examples are accepted. */
class CorpusValidationTest {

  private static final SchemaValidator VALIDATOR = SchemaValidator.load();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "corpus/ooni-spec-examples/ts-006-header-field-manipulation.example.json",
        "corpus/ooni-spec-examples/ts-007-http-invalid-request-line.example.json",
        "corpus/ooni-spec-examples/ts-009-multi-protocol-traceroute.example.json",
        "corpus/ooni-spec-examples/ts-015-psiphon.example.json",
        "corpus/ooni-spec-examples/ts-016-vanilla-tor.example.json",
        "corpus/ooni-spec-examples/ts-017-web-connectivity.example.json",
        "corpus/ooni-spec-examples/ts-023-tor.example.json",
        "corpus/ooni-spec-examples/ts-025-stun-reachability.example.json",
        "corpus/ooni-spec-examples/ts-027-urlgetter.example.json",
        "corpus/ooni-spec-examples/ts-028-dnscheck.example.json",
        "corpus/ooni-spec-examples/ts-030-torsf.example.json",
        "corpus/ooni-spec-examples/ts-032-tcpping.example.json",
        "corpus/ooni-fastpath-samples/20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3.json",
        "corpus/ooni-fastpath-samples/browser_web.json",
        "corpus/ooni-fastpath-samples/browser_web_error.json",
        "corpus/ooni-fastpath-samples/report1.json",
        "corpus/ooni-fastpath-samples/riseupvpn.json",
        "corpus/ooni-fastpath-samples/tor.json",
        "corpus/ooni-fastpath-samples/torsf_1.json",
        "corpus/ooni-fastpath-samples/torsf_2.json",
        "corpus/ooni-fastpath-samples/vanilla_tor.json",
        "corpus/ooni-fastpath-samples/vanilla_tor_ok.json",
        "corpus/measurement-kit/tcp_connect_legacy.json"
      })
  void realOoniMeasurementValidatesWithItsTestKeys(String file) {
    JsonNode measurement = Fixtures.read(file);

    assertTrue(SchemaId.forTestName(measurement.path("test_name").textValue()).isPresent());
    assertEquals(List.of(), VALIDATOR.validateMeasurement(measurement));
  }

  @ParameterizedTest
  @CsvSource({
    "examples/traceroute.json,          traceroute",
    "examples/ping.json,                ping",
    "examples/tcp_connect.json,         tcp_connect",
    "examples/http_vs_https.json,       http_vs_https",
    "examples/peer_locator.json,        peer_locator",
    "examples/peer_http_reachable.json, peer_http_reachable",
    "examples/udp_nat_detection.json,   udp_nat_detection",
    "examples/tunnel_telemetry.json,    tunnel_telemetry"
  })
  void cyberwatchExampleMeasurementValidatesWithItsTestKeys(String file, String testName) {
    JsonNode measurement = Fixtures.read(file);

    assertEquals(testName, measurement.path("test_name").textValue());
    assertEquals("127.0.0.1", measurement.path("probe_ip").textValue());
    assertEquals(List.of(), VALIDATOR.validateMeasurement(measurement));
  }

  @ParameterizedTest
  @CsvSource({
    "examples/api/open_report_request.json,                OPEN_REPORT_REQUEST",
    "examples/api/open_report_response.json,               OPEN_REPORT_RESPONSE",
    "examples/api/submit_request.json,                     SUBMIT_REQUEST",
    "examples/api/submit_response.json,                    SUBMIT_RESPONSE",
    "examples/api/check_in_request_ooni.json,              CHECK_IN_REQUEST",
    "examples/api/check_in_request_cyberwatch.json,        CHECK_IN_REQUEST",
    "examples/api/check_in_response.json,                  CHECK_IN_RESPONSE",
    "examples/tunnel-telemetry/report.json,                TUNNEL_TELEMETRY_REPORT",
    "examples/tunnel-telemetry/report_with_failure.json,   TUNNEL_TELEMETRY_REPORT",
    "examples/tunnel-telemetry/scrubbed_report.json,       TUNNEL_TELEMETRY_SCRUBBED_REPORT"
  })
  void apiDocumentExampleValidatesAgainstItsSchema(String file, SchemaId schema) {
    assertEquals(List.of(), VALIDATOR.validate(schema, Fixtures.read(file)));
  }
}
