package org.cyberwatch.ingest.tunnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.cyberwatch.ingest.geo.GeoInfo;
import org.cyberwatch.ingest.geo.GeoLocator;
import org.cyberwatch.ingest.report.ReportService;
import org.cyberwatch.ingest.report.UploadRejectedException;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.cyberwatch.ingest.testing.MutableClock;
import org.cyberwatch.schemas.id.ReportId;
import org.cyberwatch.schemas.validate.SchemaId;
import org.cyberwatch.schemas.validate.SchemaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TunnelTelemetryServiceTest {

  private static final SchemaValidator VALIDATOR = SchemaValidator.load();
  private static final Instant NOW = Instant.parse("2024-04-16T00:00:03.250Z");
  private static final String CLIENT_IP = "2.0.0.1";
  /** As the snapshot fixtures say: 1.1.1.1 is Cloudflare (AS13335, US), 2.0.0.1 Orange (AS3215, FR). */
  private static final GeoLocator GEO = ip -> Map.of(
      "1.1.1.1", new GeoInfo(13335, "US", "CLOUDFLARENET"),
      CLIENT_IP, new GeoInfo(3215, "FR", "France Telecom - Orange")).getOrDefault(ip, GeoInfo.UNKNOWN);

  private final MutableClock clock = new MutableClock(NOW);

  private TunnelTelemetryService service(boolean allowPublicEndpoint) {
    ReportService reports = new ReportService("1", "0.1.0", clock, new SecureRandom(),
        r -> CompletableFuture.completedFuture(null));
    return new TunnelTelemetryService(VALIDATOR, GEO, reports, r -> CompletableFuture.completedFuture(null), clock,
        "1", "0.1.0", allowPublicEndpoint);
  }

  private TunnelReport accept(ObjectNode report, boolean allowPublicEndpoint) throws UploadRejectedException {
    byte[] body = report.toString().getBytes(StandardCharsets.UTF_8);
    return service(allowPublicEndpoint).prepare(report, body, CLIENT_IP);
  }

  private static ObjectNode report(String file) {
    return ApiFixtures.tunnelReport(file, Instant.parse("2024-04-16T00:00:00Z"));
  }

  @Test
  void endpointAndClientAreReducedToProtocolPortAsnAndCountry() throws Exception {
    TunnelReport r = accept(report("tunnel_report.json"), false);

    JsonNode s = r.scrubbed();
    assertEquals(List.of("ss", 443, "AS13335", "US", "AS3215", "FR", "n1", "2024-04-16T00:00:03Z"),
        List.of(s.get("proto").asText(), s.get("endpoint_port").asInt(), s.get("endpoint_asn").asText(),
            s.get("endpoint_cc").asText(), s.get("client_asn").asText(), s.get("client_cc").asText(),
            s.get("collector_id").asText(), s.get("t_reported").asText()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tunnel_report.json", "tunnel_report_with_failure.json"})
  void neitherAddressIsStoredAnywhere(String file) throws Exception {
    TunnelReport r = accept(report(file), false);

    String stored = new String(r.submission().record().post(), StandardCharsets.UTF_8);
    assertFalse(stored.contains("1.1.1.1") || stored.contains(CLIENT_IP), stored);
    assertEquals(List.of(), VALIDATOR.validate(SchemaId.TUNNEL_TELEMETRY_SCRUBBED_REPORT, r.scrubbed()));
  }

  @Test
  void storedMeasurementIsAValidTunnelTelemetryMeasurement() throws Exception {
    TunnelReport r = accept(report("tunnel_report_with_failure.json"), false);

    JsonNode m = ApiFixtures.JSON.readTree(r.submission().stored().json().toString());
    assertEquals(List.of(), VALIDATOR.validateMeasurement(m));
    assertEquals(List.of("tunnel_telemetry", "FR", "AS3215", "127.0.0.1", "2024-04-16 00:00:00"),
        List.of(m.get("test_name").asText(), m.get("probe_cc").asText(), m.get("probe_asn").asText(),
            m.get("probe_ip").asText(), m.get("measurement_start_time").asText()));
    ReportId id = ReportId.parse(m.get("report_id").asText());
    assertEquals(List.of("tunneltelemetry", "FR", 3215L), List.of(id.testName(), id.cc(), id.asn()));
  }

  @Test
  void clientUuidIsKeptAndAMissingOneIsGenerated() throws Exception {
    String kept = accept(report("tunnel_report_with_failure.json"), false).scrubbed().get("uuid").asText();
    String generated = accept(report("tunnel_report.json"), false).scrubbed().get("uuid").asText();

    assertEquals("2891c6ff-1b5d-4090-aff9-805d8c4a61c0", kept);
    assertTrue(generated.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), generated);
  }

  @Test
  void absentFailureAndSamplingRateGetTheirDefaults() throws Exception {
    JsonNode s = accept(report("tunnel_report.json"), false).scrubbed();

    assertEquals(List.of(true, 1), List.of(s.get("failure").isNull(), s.get("sampling_rate").asInt()));
  }

  /** Columns: endpoint; allow-public-endpoint; whether the stored report keeps the endpoint. */
  @ParameterizedTest
  @CsvSource({"ss://1.1.1.1:443, false, false", "ss://1.1.1.1:443, true, true",
      "ss://10.1.2.3:443, true, false", "wireguard://[fd00::1]:51820, true, false",
      "wireguard://[2001:db8::1]:51820, false, false"})
  void onlyAPublicEndpointIsKeptAndOnlyWhenAllowed(String endpoint, boolean allow, boolean kept) throws Exception {
    ObjectNode report = report("tunnel_report.json").put("endpoint", endpoint);

    assertEquals(kept, accept(report, allow).scrubbed().has("endpoint"));
  }

  @ParameterizedTest
  @CsvSource({"false", "true"})
  void storedReportMatchesTheScrubbedSchemaWithOrWithoutAKeptEndpoint(boolean allow) throws Exception {
    ObjectNode report = report("tunnel_report.json").put("endpoint", "ss://1.1.1.1:443");

    JsonNode stored = accept(report, allow).scrubbed();

    assertEquals(List.of(), org.cyberwatch.schemas.validate.SchemaValidator.load().validate(
        org.cyberwatch.schemas.validate.SchemaId.TUNNEL_TELEMETRY_SCRUBBED_REPORT, stored));
  }

  /** Columns: report time relative to now (ISO-8601 duration); accepted. */
  @ParameterizedTest
  @CsvSource({"PT5M, true", "PT5M1S, false", "-P7D, true", "-P7DT1S, false", "PT0S, true", "-PT1H, true"})
  void reportTimeMustBeWithinFiveMinutesAheadAndSevenDaysBack(String offset, boolean accepted) {
    ObjectNode report = ApiFixtures.tunnelReport("tunnel_report.json",
        clock.instant().plus(Duration.parse(offset)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    clock.set(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

    if (accepted) {
      assertEquals("tunnel-telemetry", assertDoesNotThrow(report).get("report-type").asText());
    } else {
      UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> accept(report, false));
      assertEquals(Reason.TIME_OUT_OF_WINDOW, e.reason());
    }
  }

  /** Columns: member; JSON value (absent = removed) — each breaks the report schema. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "absent", value = {
    "endpoint | absent", "time | absent", "report-type | \"other\"",
    "endpoint | \"ss://example.com:443\"", "endpoint | \"1.1.1.1:443\"", "endpoint | \"ss://1.1.1.1\"",
    "duration_ms | -1", "duration_ms | 1.5", "time | \"2024-04-16 00:00:00\"", "uuid | \"not-a-uuid\"",
    "sampling_rate | 0", "sampling_rate | 1.5", "failure | {\"error\":\"x\"}", "config | [1]"})
  void reportOutsideTheSchemaIsRefused(String member, String json) throws Exception {
    ObjectNode report = report("tunnel_report.json");
    if (json == null) {
      report.remove(member);
    } else {
      report.set(member, ApiFixtures.JSON.readTree(json));
    }

    UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> accept(report, false));
    assertEquals(Reason.INVALID_TUNNEL_REPORT, e.reason(), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ss://1.1.1.1:70000", "ss://999.1.1.1:443", "ss://[1:2:3]:443"})
  void endpointThatMatchesTheShapeButIsNoAddressIsRefused(String endpoint) {
    ObjectNode report = report("tunnel_report.json").put("endpoint", endpoint);

    UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> accept(report, false));
    assertEquals(Reason.INVALID_TUNNEL_REPORT, e.reason(), e.getMessage());
  }

  private JsonNode assertDoesNotThrow(ObjectNode report) {
    return org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> accept(report, false)).scrubbed();
  }
}
