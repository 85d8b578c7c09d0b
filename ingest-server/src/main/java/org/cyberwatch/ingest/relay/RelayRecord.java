package org.cyberwatch.ingest.relay;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One relayed measurement.
 *
 * @param measurementUid our uid
 * @param upstreamReportId the report id the upstream issued
 * @param upstreamMeasurementUid the uid the upstream answered, or null when it answered none (OONI
 *     answers {@code {}} for measurements it discards, e.g. AS0 or ZZ)
 * @param relayedAt when the upstream acknowledged it
 */
public record RelayRecord(String measurementUid, String upstreamReportId, String upstreamMeasurementUid,
    Instant relayedAt) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Requires our uid, the report id and the time. */
  public RelayRecord {
    if (measurementUid == null || upstreamReportId == null || relayedAt == null) {
      throw new IllegalArgumentException("measurementUid, upstreamReportId, relayedAt: must not be null");
    }
  }

  /** The record as one compact JSON object. */
  public String toJsonLine() {
    ObjectNode o = JSON.createObjectNode();
    o.put("measurement_uid", measurementUid);
    o.put("upstream_report_id", upstreamReportId);
    o.put("upstream_measurement_uid", upstreamMeasurementUid);
    o.put("relayed_at", relayedAt.toString());
    return o.toString();
  }
}
