package org.cyberwatch.pipelines.load.postgres;

/** How a run ended, as {@code pipeline_runs.status} stores it. */
public enum RunStatus {
  SUCCEEDED("succeeded"),
  FAILED("failed");

  private final String sqlValue;

  RunStatus(String sqlValue) {
    this.sqlValue = sqlValue;
  }

  /** The stored value. */
  public String sqlValue() {
    return sqlValue;
  }
}
