package org.cyberwatch.pipelines.load.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cyberwatch.pipelines.failure.Failure;
import org.junit.jupiter.api.Test;

class StoredFailureTest {
  private static final String CAN = "raw/20240101/00/SE/dnscheck/2024010100_SE_dnscheck.n1.0.jsonl.gz";

  private static Failure failure(String can, long line, String payload) {
    return new Failure("parse", "parse/invalid_json", "Unexpected end-of-input", can, line, null, payload);
  }

  @Test
  void nulCharactersBecomeReplacementCharacters() {
    assertEquals("{\"a\":\"\uFFFD\"", StoredFailure.of(failure(CAN, 3, "{\"a\":\"\u0000\"")).payload());
  }

  @Test
  void lineMinusOneIsStoredAsNull() {
    assertNull(StoredFailure.of(failure(CAN, -1, "{")).sourceLine());
  }

  @Test
  void missingAndEmptyCanHaveTheSameKeyAsInTheTable() {
    assertEquals(StoredFailure.of(failure(null, 3, "{")).key(), StoredFailure.of(failure("", 3, "{")).key());
  }

  @Test
  void differentPayloadsHaveDifferentKeys() {
    assertNotEquals(StoredFailure.of(failure(CAN, 3, "{")).key(), StoredFailure.of(failure(CAN, 3, "[")).key());
  }

  @Test
  void messageIsNotPartOfTheKey() {
    Failure other = new Failure("parse", "parse/invalid_json", "other text", CAN, 3, null, "{");
    assertEquals(StoredFailure.of(failure(CAN, 3, "{")).key(), StoredFailure.of(other).key());
  }
}
