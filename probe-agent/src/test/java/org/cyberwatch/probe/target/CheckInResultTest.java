package org.cyberwatch.probe.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckInResultTest {
  @Test
  void testHelpersOfTheRealCollectorAreReadByName() throws Exception {
    CheckInResult r = CheckInResult.parse(new ObjectMapper().readTree(Path.of(
        "src/test/resources/fixtures/check-in/ingest-server-nat-helpers.json").toFile()));

    assertEquals(List.of("127.0.0.1:18090"), r.helperAddresses("nat-detection"));
    assertEquals(List.of("127.0.0.1:18091"), r.helperAddresses("nat-detection-alt"));
    assertEquals(List.of("http://127.0.0.1:18080/api/v1/peer-locator"),
        r.helperAddresses("peer-locator"));
    assertEquals(List.of(), r.helperAddresses("web-connectivity"));
    assertEquals("20261121T072858Z_tunneltelemetry_ZZ_0_n1_lXbcEyXRpHZKvqkwkser4j",
        r.reportIds().get("tunnel_telemetry"));
  }
}
