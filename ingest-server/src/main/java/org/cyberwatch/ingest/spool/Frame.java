package org.cyberwatch.ingest.spool;

/**
 * One valid journal frame.
 *
 * @param position byte offset of the frame in its segment
 * @param end byte offset just after the frame (where the next one starts)
 * @param record the measurement it holds
 */
public record Frame(long position, long end, SpoolRecord record) {

  /** Checks the offsets and requires a record. */
  public Frame {
    if (position < 0 || end <= position || record == null) {
      throw new IllegalArgumentException("position, end, record: 0 <= position < end, record set");
    }
  }
}
