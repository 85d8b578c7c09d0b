package org.cyberwatch.ingest.report;

import org.cyberwatch.ingest.spool.PostBody;
import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.schemas.id.MeasurementUid;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/**
 * An accepted measurement ready for the spool.
 *
 * @param uid its measurement uid
 * @param testName its {@code test_name} as sent (e.g. {@code web_connectivity})
 * @param record the spool record (POST body {@code {"format":"json","content":<stored>}})
 */
public record Submission(MeasurementUid uid, String testName, SpoolRecord record) {

  /** Requires every part. */
  public Submission {
    if (uid == null || testName == null || record == null) {
      throw new IllegalArgumentException("uid, testName, record: must not be null");
    }
  }

  /**
   * The measurement as stored ({@code probe_ip} scrubbed, {@code measurement_uid} set), parsed
   * from the record: for tests and tools, not for the request path.
   */
  public Measurement stored() {
    return MeasurementCodec.parse(PostBody.content(record.post()));
  }
}
