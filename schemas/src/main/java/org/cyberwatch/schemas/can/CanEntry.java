package org.cyberwatch.schemas.can;

import java.util.Arrays;
import java.util.Objects;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * One measurement read from a can, or the reason it could not be used (so the pipeline can
 * dead-letter it with its original bytes and read on).
 *
 * <p>For speed the {@code json} array is handed over, not copied: treat it as read-only.
 *
 * @param number 0-based line (JSONL) or member (postcan) number, as in the can's index
 * @param memberName the tar member name for postcans, else null
 * @param measurementUid from the member name, else from the parsed body; null when unknown
 * @param json the measurement's JSON bytes; for a problem entry, the bytes that could not be used
 *     (only the first 4 KiB of an oversized entry)
 * @param measurement the parsed measurement; null for problem entries and in {@link
 *     CanReader.Mode#RAW}
 * @param problem why the entry is unusable, or null
 */
public record CanEntry(
    long number,
    String memberName,
    String measurementUid,
    byte[] json,
    Measurement measurement,
    Problem problem) {

  /**
   * Why an entry is unusable.
   *
   * @param reason machine-readable {@code stage/cause}: {@code can/oversized_entry}, {@code
   *     can/not_a_post}, {@code parse/invalid_json}, {@code parse/invalid_<field>}
   * @param message human-readable detail
   */
  public record Problem(String reason, String message) {
    /** Requires both parts. */
    public Problem {
      if (reason == null || message == null) {
        throw new IllegalArgumentException("reason, message: must not be null");
      }
    }
  }

  /** Checks the number, that bytes are present, and that a problem entry has no measurement. */
  public CanEntry {
    if (number < 0) {
      throw new IllegalArgumentException("number: must be >= 0, got " + number);
    }
    if (json == null) {
      throw new IllegalArgumentException("json: must not be null");
    }
    if (problem != null && measurement != null) {
      throw new IllegalArgumentException("measurement: must be null for a problem entry");
    }
  }

  /** True when the entry has no problem. */
  public boolean ok() {
    return problem == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CanEntry e
        && number == e.number
        && Objects.equals(memberName, e.memberName)
        && Objects.equals(measurementUid, e.measurementUid)
        && Arrays.equals(json, e.json)
        && Objects.equals(measurement, e.measurement)
        && Objects.equals(problem, e.problem);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(number) * 31 + Arrays.hashCode(json);
  }

  @Override
  public String toString() {
    return "CanEntry[number="
        + number
        + ", measurementUid="
        + measurementUid
        + ", bytes="
        + json.length
        + ", problem="
        + problem
        + "]";
  }
}
