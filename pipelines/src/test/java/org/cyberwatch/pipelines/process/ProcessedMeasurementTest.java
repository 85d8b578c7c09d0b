package org.cyberwatch.pipelines.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessedMeasurementTest {
  private static final String UID = "20230508000000.000000_IT_webconnectivity_0123456789abcdef";

  private static ProcessedMeasurement failedAt(String stage) {
    Failure f = new Failure(stage, stage + "/cause", "why", "can", 1, UID, null);
    return new ProcessedMeasurement(UID, "hash", "can", 1, List.of(), f);
  }

  @ParameterizedTest
  @CsvSource({"score, false, false", "enrich, true, false", "rows, true, true"})
  void aFailureTellsWhichStagesWerePassed(String stage, boolean scored, boolean enriched) {
    ProcessedMeasurement m = failedAt(stage);

    assertEquals(List.of(scored, enriched), List.of(m.scored(), m.enriched()));
  }

  @Test
  void withoutFailureEveryStageWasPassed() {
    ProcessedMeasurement m = new ProcessedMeasurement(UID, "hash", "can", 1, List.of(), null);

    assertEquals(List.of(true, true), List.of(m.scored(), m.enriched()));
  }

  @Test
  void aFailedMeasurementHasNoRows() {
    Failure f = new Failure("rows", "rows/invalid_value", "why", "can", 1, UID, null);
    Row asn = Row.of(Table.ASNS, 3269L, "ASN-IBSNAZ", null, null, "IT", "test", null);

    assertThrows(IllegalArgumentException.class,
        () -> new ProcessedMeasurement(UID, "hash", "can", 1, List.of(asn), f));
  }
}
