package org.cyberwatch.ingest.report;

import org.cyberwatch.schemas.id.MeasurementUid;

/**
 * The answer to a durable submission.
 *
 * @param uid the measurement uid
 * @param testName the measurement's {@code test_name} as sent
 * @param repeated true when the body was an identical resubmission within the same report, answered
 *     with the uid of its first submission and not stored again
 */
public record Accepted(MeasurementUid uid, String testName, boolean repeated) {

  /** Requires the uid and test name. */
  public Accepted {
    if (uid == null || testName == null) {
      throw new IllegalArgumentException("uid, testName: must not be null");
    }
  }

  /** A first submission, stored as {@code s}. */
  static Accepted of(Submission s) {
    return new Accepted(s.uid(), s.testName(), false);
  }

  /** This answer for a resubmission of the same body. */
  Accepted asRepeat() {
    return new Accepted(uid, testName, true);
  }
}
