package org.cyberwatch.pipelines.load.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.cyberwatch.pipelines.load.LoadDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PipelineRunRecorderIT {
  private static final String INPUTS =
      "[{\"path\": \"raw/20240101/00/SE/dnscheck/2024010100_SE_dnscheck.n1.0.jsonl.gz\", \"size\": 5321}]";
  private static final String PARAMETERS = "{\"input\": \"raw/20240101/**\", \"runner\": \"DirectRunner\"}";
  private static final String VERSIONS = "{\"cyberwatch\": \"0.1.0-SNAPSHOT\", \"scorers\": \"1.0.0\"}";

  private LoadDatabase database;
  private final Clock startClock = Clock.fixed(Instant.parse("2024-01-02T03:00:00Z"), ZoneOffset.UTC);
  private final Clock endClock = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC);

  @BeforeEach
  void freshDatabase() {
    database = LoadDatabase.fresh("PipelineRunRecorderIT");
  }

  private void start(String runId) {
    new PipelineRunRecorder(database.target(), startClock)
        .start(runId, "ReprocessJob", "DirectRunner", PARAMETERS, INPUTS, "sha256:ab12", VERSIONS);
  }

  @Test
  void startRecordsARunningRunWithItsInputs() {
    start("run-1");
    assertEquals(List.of("running|2024-01-02 03:00:00+00|5321|DirectRunner|0.1.0-SNAPSHOT|sha256:ab12"),
        database.strings("SELECT concat_ws('|', status, started_at AT TIME ZONE 'UTC' || '+00',"
            + " inputs->0->>'size', parameters->>'runner', versions->>'cyberwatch', input_digest)"
            + " FROM pipeline_runs"));
  }

  @Test
  void finishRecordsTheOutcome() {
    start("run-1");
    new PipelineRunRecorder(database.target(), endClock)
        .finish("run-1", "{\"measurements_loaded\": 409}", "sha256:cd34", RunStatus.SUCCEEDED, null);
    assertEquals(List.of("succeeded|00:04:05|409|sha256:cd34"), database.strings(
        "SELECT concat_ws('|', status, finished_at - started_at, counts->>'measurements_loaded',"
            + " output_digest, error_message) FROM pipeline_runs"));
  }

  @Test
  void failedRunKeepsItsErrorMessage() {
    start("run-1");
    new PipelineRunRecorder(database.target(), endClock)
        .finish("run-1", null, null, RunStatus.FAILED, "PostgreSQL unreachable");
    assertEquals("failed PostgreSQL unreachable",
        database.string("SELECT status || ' ' || error_message FROM pipeline_runs"));
  }

  @Test
  void finishingAnUnknownRunIsAnError() {
    PipelineRunRecorder recorder = new PipelineRunRecorder(database.target(), endClock);
    assertThrows(PostgresLoadException.class,
        () -> recorder.finish("run-9", "{}", null, RunStatus.SUCCEEDED, null));
  }

  @Test
  void startingARunIdTwiceIsAnError() {
    start("run-1");
    assertThrows(PostgresLoadException.class, () -> start("run-1"));
  }

  @Test
  void malformedJsonIsRejected() {
    PipelineRunRecorder recorder = new PipelineRunRecorder(database.target(), startClock);
    assertThrows(PostgresLoadException.class,
        () -> recorder.start("run-1", "ReprocessJob", null, "{input", INPUTS, null, VERSIONS));
  }
}
