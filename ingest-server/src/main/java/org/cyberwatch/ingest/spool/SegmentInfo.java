package org.cyberwatch.ingest.spool;

/**
 * What the journal knows about one segment.
 *
 * @param seq the segment number (file {@code journal/<seq 10 digits>.wal})
 * @param records frames in the segment
 * @param bytes size of the segment file
 * @param minHour earliest record hour {@code YYYYMMDDHH}, "" when empty
 * @param maxHour latest record hour {@code YYYYMMDDHH}, "" when empty
 */
public record SegmentInfo(long seq, int records, long bytes, String minHour, String maxHour) {

  /** Checks the numbers and that hours are present exactly when there are records. */
  public SegmentInfo {
    if (seq < 0 || records < 0 || bytes < 0) {
      throw new IllegalArgumentException("seq, records, bytes: must be >= 0");
    }
    if (minHour == null || maxHour == null || (records == 0) != maxHour.isEmpty()) {
      throw new IllegalArgumentException("minHour, maxHour: set exactly when there are records");
    }
  }

  /** An empty segment. */
  public static SegmentInfo empty(long seq) {
    return new SegmentInfo(seq, 0, 0, "", "");
  }

  /** This segment with one more record of {@code hour} and {@code frameBytes} more bytes. */
  public SegmentInfo plus(String hour, long frameBytes) {
    String min = records == 0 || hour.compareTo(minHour) < 0 ? hour : minHour;
    String max = records == 0 || hour.compareTo(maxHour) > 0 ? hour : maxHour;
    return new SegmentInfo(seq, records + 1, bytes + frameBytes, min, max);
  }

  /** True when every record is from an hour before {@code hour} ({@code YYYYMMDDHH}). */
  public boolean allBefore(String hour) {
    return records == 0 || maxHour.compareTo(hour) < 0;
  }
}
