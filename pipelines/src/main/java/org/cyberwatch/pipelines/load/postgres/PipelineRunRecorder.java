package org.cyberwatch.pipelines.load.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a pipeline run in {@code pipeline_runs}: what went in (parameters, inputs, their digest,
 * versions) when it starts, what came out (counts, output digest, status) when it ends. Plain JDBC,
 * called by the launcher around {@code pipeline.run()}, never inside a transform. JSON arguments
 * are stored as jsonb (PostgreSQL rejects malformed JSON). Time comes from the injected clock.
 */
public final class PipelineRunRecorder {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineRunRecorder.class);
  private static final String INSERT =
      "INSERT INTO pipeline_runs (run_id, job_name, runner, status, started_at, parameters, inputs,"
          + " input_digest, versions) VALUES (?, ?, ?, 'running', ?, ?::jsonb, ?::jsonb, ?, ?::jsonb)";
  private static final String UPDATE =
      "UPDATE pipeline_runs SET status = ?, finished_at = ?, counts = ?::jsonb, output_digest = ?,"
          + " error_message = ? WHERE run_id = ? AND status = 'running'";

  private final PostgresTarget target;
  private final Clock clock;

  public PipelineRunRecorder(PostgresTarget target, Clock clock) {
    if (target == null) {
      throw new IllegalArgumentException("target: required");
    }
    if (clock == null) {
      throw new IllegalArgumentException("clock: required");
    }
    this.target = target;
    this.clock = clock;
  }

  /**
   * Inserts the run with status {@code running}.
   *
   * @param runId unique id of this run
   * @param jobName e.g. {@code ReprocessJob}
   * @param runner e.g. {@code DirectRunner}, or null
   * @param parametersJson the effective options, a JSON object (secrets removed)
   * @param inputsJson the inputs, a JSON list of {@code {"path": …, "size": …}}
   * @param inputDigest digest of the input list, or null
   * @param versionsJson versions of the code, scorers and snapshots, a JSON object
   * @throws PostgresLoadException if the insert fails (e.g. the run id exists)
   */
  public void start(String runId, String jobName, String runner, String parametersJson,
      String inputsJson, String inputDigest, String versionsJson) {
    requireText(runId, "runId");
    requireText(jobName, "jobName");
    execute("start run " + runId, INSERT, runId, jobName, runner, now(),
        json(parametersJson, "{}"), json(inputsJson, "[]"), inputDigest, json(versionsJson, "{}"));
    LOG.info("Run {} of {} started on {}", runId, jobName, runner);
  }

  /**
   * Marks a running run as ended.
   *
   * @param countsJson the run's counters, a JSON object
   * @param outputDigest digest of the export, or null
   * @param errorMessage why it failed, or null
   * @throws PostgresLoadException if the update fails or no running run has that id
   */
  public void finish(String runId, String countsJson, String outputDigest, RunStatus status,
      String errorMessage) {
    requireText(runId, "runId");
    if (status == null) {
      throw new IllegalArgumentException("status: required");
    }
    int updated = execute("finish run " + runId, UPDATE, status.sqlValue(), now(),
        json(countsJson, "{}"), outputDigest, errorMessage, runId);
    if (updated != 1) {
      throw new PostgresLoadException("finish run " + runId + ": no running run with that id", null);
    }
    LOG.info("Run {} {}", runId, status.sqlValue());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private int execute(String what, String sql, Object... parameters) {
    try (Connection connection = target.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new PostgresLoadException(what + ": " + e.getMessage(), e);
    }
  }

  private static String json(String value, String empty) {
    return value == null || value.isBlank() ? empty : value;
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
  }
}
