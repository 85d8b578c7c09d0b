package org.cyberwatch.pipelines.load.postgres;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.load.LoadDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

public class WriteFailuresIT {
  private static final String CAN = "raw/20240101/00/SE/dnscheck/2024010100_SE_dnscheck.n1.0.jsonl.gz";
  // The first line of a real fastpath measurement, cut short (a truncated upload).
  private static final Failure TRUNCATED = new Failure("parse", "parse/invalid_json",
      "Unexpected end-of-input in field name", CAN, 7, null,
      "{\"annotations\":{\"architecture\":\"arm64\",\"engine_name\":\"ooniprobe-engine\",\"engine_ver");
  private static final Failure NUL_IN_PAYLOAD = new Failure("parse", "parse/invalid_json",
      "Illegal character ((CTRL-CHAR, code 0))", CAN, 8, null, "{\"input\":\"\u0000\"}");
  private static final Failure UNREADABLE_CAN = new Failure("read", "read/corrupt_can",
      "Unexpected end of ZLIB input stream", CAN, -1, null, null);

  @Rule public final transient TestPipeline first = TestPipeline.create();
  @Rule public final transient TestPipeline second = TestPipeline.create();

  private LoadDatabase database;

  @Before
  public void freshDatabase() {
    database = LoadDatabase.fresh("WriteFailuresIT");
  }

  private void run(TestPipeline pipeline, String runId, List<Failure> failures) {
    pipeline.apply(Create.of(failures).withCoder(SerializableCoder.of(Failure.class)))
        .apply(new WriteFailures(database.target(), runId));
    pipeline.run().waitUntilFinish();
  }

  private String stored() {
    return database.checksum("failures",
        "run_id, stage, reason, message, source_can, source_line, measurement_uid, payload, failure_key");
  }

  @Test
  public void storesEveryFailureWithTheRunId() {
    run(first, "run-1", List.of(TRUNCATED, NUL_IN_PAYLOAD, UNREADABLE_CAN));
    assertEquals(List.of("parse 7 run-1", "parse 8 run-1", "read  run-1"), database.strings(
        "SELECT stage || ' ' || coalesce(source_line::text, '') || ' ' || run_id FROM failures ORDER BY 1"));
  }

  @Test
  public void nulCharacterIsStoredAsAReplacementCharacter() {
    run(first, "run-1", List.of(NUL_IN_PAYLOAD));
    assertEquals("{\"input\":\"\uFFFD\"}", database.string("SELECT payload FROM failures"));
  }

  @Test
  public void rerunWithTheSameRunIdChangesNothing() {
    run(first, "run-1", List.of(TRUNCATED, NUL_IN_PAYLOAD, UNREADABLE_CAN));
    String stored = stored();
    String versions = database.tupleVersions("failures");
    run(second, "run-1", List.of(TRUNCATED, NUL_IN_PAYLOAD, UNREADABLE_CAN));
    assertEquals(stored, stored());
    assertEquals(versions, database.tupleVersions("failures"));
  }

  @Test
  public void rerunWithANewRunIdMovesTheRowsToIt() {
    run(first, "run-1", List.of(TRUNCATED, UNREADABLE_CAN));
    run(second, "run-2", List.of(TRUNCATED, UNREADABLE_CAN));
    assertEquals(List.of("2 run-2"), database.strings(
        "SELECT count(*) || ' ' || run_id FROM failures GROUP BY run_id"));
    assertEquals("2", database.string("SELECT count(*) FROM failures WHERE last_seen_at > created_at"));
  }

  @Test
  public void sameFailureTwiceInOneRunIsOneRow() {
    Failure reworded = new Failure(TRUNCATED.stage(), TRUNCATED.reason(), "Unexpected end-of-input",
        TRUNCATED.sourceCan(), TRUNCATED.sourceLine(), null, TRUNCATED.payload());
    run(first, "run-1", List.of(TRUNCATED, reworded, TRUNCATED));
    assertEquals(List.of("Unexpected end-of-input in field name"),
        database.strings("SELECT message FROM failures"));
  }
}
