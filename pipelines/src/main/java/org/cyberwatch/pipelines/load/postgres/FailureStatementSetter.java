package org.cyberwatch.pipelines.load.postgres;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.apache.beam.sdk.io.jdbc.JdbcIO;

/** Binds a {@link StoredFailure} and the run id to {@link WriteFailures#UPSERT}. */
final class FailureStatementSetter implements JdbcIO.PreparedStatementSetter<StoredFailure> {
  private static final long serialVersionUID = 1L;
  private final String runId;

  FailureStatementSetter(String runId) {
    this.runId = runId;
  }

  @Override
  public void setParameters(StoredFailure f, PreparedStatement statement) throws SQLException {
    statement.setString(1, runId);
    statement.setString(2, f.stage());
    statement.setString(3, f.reason());
    statement.setString(4, f.message());
    statement.setString(5, f.sourceCan());
    if (f.sourceLine() == null) {
      statement.setNull(6, Types.INTEGER);
    } else {
      statement.setInt(6, f.sourceLine());
    }
    statement.setString(7, f.measurementUid());
    statement.setString(8, f.payload());
  }
}
