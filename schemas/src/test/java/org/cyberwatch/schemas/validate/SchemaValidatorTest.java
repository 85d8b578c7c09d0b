package org.cyberwatch.schemas.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

  private static final SchemaValidator VALIDATOR = SchemaValidator.load();

  private static List<String> pathsAndKeywords(List<Violation> violations) {
    return violations.stream().map(v -> v.path() + " " + v.keyword()).toList();
  }

  private static ObjectNode tracerouteWithZeroTtl() {
    ObjectNode measurement = Fixtures.readObject("examples/traceroute.json");
    ((ObjectNode) measurement.withArray("/test_keys/hops").get(0)).put("ttl", 0);
    return measurement;
  }

  @Test
  void envelopeSchemaAloneDoesNotLookIntoTestKeys() {
    assertEquals(List.of(), VALIDATOR.validate(SchemaId.MEASUREMENT, tracerouteWithZeroTtl()));
  }

  @Test
  void measurementValidationChecksTestKeysUnderTheirPath() {
    assertEquals(
        List.of("$.test_keys.hops[0].ttl minimum"),
        pathsAndKeywords(VALIDATOR.validateMeasurement(tracerouteWithZeroTtl())));
  }

  @Test
  void unknownTestNameIsCheckedAgainstTheEnvelopeOnly() {
    ObjectNode measurement =
        Fixtures.readObject("corpus/ooni-spec-examples/ts-032-tcpping.example.json");
    measurement.put("test_name", "quicping").put("probe_cc", "it");
    measurement.withObject("/test_keys").put("pings", "not a list");

    assertEquals(
        List.of("$.probe_cc pattern"),
        pathsAndKeywords(VALIDATOR.validateMeasurement(measurement)));
  }

  @Test
  void olderStunReachabilityNameSelectsTheStunreachabilitySchema() {
    ObjectNode measurement =
        Fixtures.readObject("corpus/ooni-spec-examples/ts-025-stun-reachability.example.json");
    measurement.withObject("/test_keys").remove("endpoint");

    assertEquals(
        List.of("$.test_keys.endpoint required"),
        pathsAndKeywords(VALIDATOR.validateMeasurement(measurement)));
  }

  @Test
  void testKeysThatAreNotAnObjectAreReportedByTheEnvelope() {
    ObjectNode measurement = Fixtures.readObject("examples/ping.json");
    measurement.putArray("test_keys");

    assertEquals(
        List.of("$.test_keys type"), pathsAndKeywords(VALIDATOR.validateMeasurement(measurement)));
  }

  @Test
  void legacyPipelineRecordNeedsMeasurementStartTimeOnceBucketDateIsGone() {
    ObjectNode measurement =
        Fixtures.readObject(
            "corpus/ooni-spec-examples/ts-009-multi-protocol-traceroute.example.json");
    measurement.remove("bucket_date");

    assertEquals(
        List.of("$.measurement_start_time required"),
        pathsAndKeywords(VALIDATOR.validateMeasurement(measurement)));
  }

  @Test
  void reportsEveryViolationOrderedByPath() {
    ObjectNode measurement = Fixtures.readObject("examples/traceroute.json");
    measurement.put("probe_cc", "us");
    measurement.withObject("/test_keys").put("method", "paris");
    ((ObjectNode) measurement.withArray("/test_keys/hops").get(3)).put("loss", 2);

    assertEquals(
        List.of(
            "$.probe_cc pattern", "$.test_keys.hops[3].loss maximum", "$.test_keys.method enum"),
        pathsAndKeywords(VALIDATOR.validateMeasurement(measurement)));
  }

  @Test
  void propertyNamesThatAreNotIdentifiersUseBracketNotation() {
    ObjectNode report = Fixtures.readObject("examples/tunnel-telemetry/report.json");
    report.remove("report-type");

    assertEquals(
        List.of("$['report-type'] required"),
        pathsAndKeywords(VALIDATOR.validate(SchemaId.TUNNEL_TELEMETRY_REPORT, report)));
  }

  @Test
  void violationRequiresAJsonPath() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Violation("test_keys.hops[0].ttl", "minimum", "must be at least 1"));
  }
}
