package org.cyberwatch.schemas.can;

/**
 * One measurement of a can, as listed in its index (the same columns as OONI's {@code jsonl} table,
 * which maps a measurement to its S3 can and line).
 *
 * @param linenum 0-based line (JSONL) or member (postcan) number
 * @param measurementUid the uid, or null when the can does not carry one for this entry
 * @param reportId {@code report_id} of the measurement ("" when it has none)
 * @param input {@code input} of the measurement, or null
 */
public record CanIndexEntry(long linenum, String measurementUid, String reportId, String input) {

  /** Checks the line number and that {@code reportId} is present. */
  public CanIndexEntry {
    if (linenum < 0) {
      throw new IllegalArgumentException("linenum: must be >= 0, got " + linenum);
    }
    if (reportId == null) {
      throw new IllegalArgumentException("reportId: must not be null (use \"\")");
    }
  }
}
