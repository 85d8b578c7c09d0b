package org.cyberwatch.pipelines.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.snapshot.IpMetadataLookup;
import org.junit.jupiter.api.Test;

class MeasurementEnricherTest {
  private static final Path SNAPSHOTS = Path.of("../schemas/src/test/resources/snapshots/dated");

  @Test
  void probeOfUnknownAsZeroIsEnrichedAsUnknownInsteadOfFailing_demoLoopbackProbe() throws Exception {
    ObjectNode json = (ObjectNode) new ObjectMapper().readTree(
        MeasurementEnricherTest.class.getResourceAsStream("/fixtures/tcp_connect/tcp_connect.json"));
    json.put("probe_asn", "AS0");
    json.put("probe_cc", "ZZ");
    IpMetadataLookup lookup = IpMetadataLookup.forDay(SNAPSHOTS, LocalDate.parse("2023-05-02"));

    Enrichment e = MeasurementEnricher.enrich(new Measurement(json), lookup);

    assertNull(e.probe());
    assertEquals(1, e.provenance().stream().filter(p -> p.dataset().equals("pfx2as-v4")).count());
  }
}
