package org.cyberwatch.probe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.schemas.validate.SchemaValidator;
import org.junit.jupiter.api.Test;

class EnvelopeBuilderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ObjectNode build() throws Exception {
    ObjectNode keys = (ObjectNode) JSON.readTree("{\"host\":\"192.0.2.1\",\"ip\":\"192.0.2.1\","
        + "\"port\":443,\"status\":{\"success\":false,\"failure\":\"connection_refused\","
        + "\"blocked\":false},\"t0\":0.0,\"t\":0.012}");
    return new EnvelopeBuilder("cyberwatch-probe-agent", "0.1.0",
        Instant.parse("2026-01-01T00:00:00Z")).build(new ProbeNetwork("IT", "AS30722", "Fastweb"),
            "tcp_connect", "0.1.0",
            new MeasurementResult("192.0.2.1:443", Instant.parse("2026-01-01T00:01:02.5Z"), 0.012,
                keys), Map.of("dns_feed_domain_hmac", "ab"));
  }

  @Test
  void envelopeIsValidAgainstTheSchemas() throws Exception {
    assertEquals(List.of(), SchemaValidator.load().validateMeasurement(build()));
  }

  @Test
  void envelopeHasDf000FieldsInOrderAndNoProbeIp() throws Exception {
    ObjectNode m = build();
    assertFalse(m.has("probe_ip"));
    assertEquals(List.of("annotations", "data_format_version", "input", "measurement_start_time",
        "probe_asn", "probe_cc", "probe_network_name", "report_id", "software_name",
        "software_version", "test_keys", "test_name", "test_runtime", "test_start_time",
        "test_version"), iterable(m));
    assertEquals("2026-01-01 00:01:02", m.path("measurement_start_time").asText());
    assertEquals("ab", m.path("annotations").path("dns_feed_domain_hmac").asText());
  }

  private static List<String> iterable(ObjectNode m) {
    java.util.List<String> out = new java.util.ArrayList<>();
    m.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
