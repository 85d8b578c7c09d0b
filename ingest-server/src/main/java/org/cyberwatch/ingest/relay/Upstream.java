package org.cyberwatch.ingest.relay;

import org.cyberwatch.schemas.measurement.Measurement;

/** An upstream collector that takes one measurement at a time. */
@FunctionalInterface
public interface Upstream {

  /**
   * Submits {@code m}; returns once the upstream acknowledged it.
   *
   * @return the upstream's report id and measurement uid (null when it answered none)
   * @throws RelayException when it did not take the measurement
   */
  Receipt submit(Measurement m) throws RelayException, InterruptedException;

  /**
   * What the upstream answered.
   *
   * @param reportId the report id it opened
   * @param measurementUid its uid for the measurement, or null
   */
  record Receipt(String reportId, String measurementUid) {

    /** Requires the report id. */
    public Receipt {
      if (reportId == null || reportId.isEmpty()) {
        throw new IllegalArgumentException("reportId: must be set");
      }
    }
  }
}
