package org.cyberwatch.ingest.report;

import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.schemas.id.MeasurementUid;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * An accepted measurement ready for the spool.
 *
 * @param uid its measurement uid
 * @param stored the measurement as stored: {@code probe_ip} scrubbed, {@code measurement_uid} set
 * @param record the spool record (POST body {@code {"format":"json","content":<stored>}})
 */
public record Submission(MeasurementUid uid, Measurement stored, SpoolRecord record) {

  /** Requires every part. */
  public Submission {
    if (uid == null || stored == null || record == null) {
      throw new IllegalArgumentException("uid, stored, record: must not be null");
    }
  }
}
