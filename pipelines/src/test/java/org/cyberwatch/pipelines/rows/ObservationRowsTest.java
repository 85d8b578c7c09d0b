package org.cyberwatch.pipelines.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Instant;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * peer_observations rows of the peer_http_reachable example: the destination AS and country are
 * the peer's {@code peer_asn} and {@code peer_cc}, where the collector's peer locator placed the
 * peer (the probe never learns to report the address itself).
 */
class ObservationRowsTest {

  private static final String UID = "20231117101500.000000_ZZ_peerhttpreachable_0123456789abcdef";

  private static ObjectNode example() throws Exception {
    try (InputStream in = ObservationRowsTest.class.getResourceAsStream(
        "/fixtures/peer_http_reachable/peer_http_reachable.json")) {
      return (ObjectNode) new ObjectMapper().readTree(in);
    }
  }

  @ParameterizedTest(name = "peer_asn={0} peer_cc={1}")
  @CsvSource({"AS23969, TH, 23969 TH", "'', '', null null"})
  void destinationAsAndCountryAreThePeersAsPlacedByTheLocator(String asn, String cc,
      String expected) throws Exception {
    ObjectNode doc = example();
    ObjectNode keys = (ObjectNode) doc.get("test_keys");
    if (!asn.isEmpty()) {
      keys.put("peer_asn", asn).put("peer_cc", cc);
    }
    Row row = ObservationRows.of(UID, MeasurementCodec.fromJson(doc),
        Instant.parse("2023-11-17T10:15:00Z"), "can", 1).orElseThrow();
    assertEquals("peer_observations " + expected, row.table().sqlName() + " " + row.value(4)
        + " " + row.value(5));
  }
}
