package org.cyberwatch.ingest.tunnel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberwatch.ingest.report.Submission;

/**
 * An accepted tunnel-telemetry report.
 *
 * @param scrubbed the report as stored (and answered with 201): no endpoint or client address
 * @param submission the measurement wrapping it (test name {@code tunnel_telemetry}) for the spool
 */
public record TunnelReport(ObjectNode scrubbed, Submission submission) {

  /** Requires both. */
  public TunnelReport {
    if (scrubbed == null || submission == null) {
      throw new IllegalArgumentException("scrubbed, submission: must not be null");
    }
  }
}
