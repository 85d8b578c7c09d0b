package org.cyberwatch.ingest.spool;

/**
 * Where a record sits in the journal.
 *
 * @param seq segment number (file {@code journal/<seq 10 digits>.wal})
 * @param position byte offset of its frame in the segment
 */
public record FramePos(long seq, long position) {

  /** Checks the numbers. */
  public FramePos {
    if (seq < 0 || position < 0) {
      throw new IllegalArgumentException("seq, position: must be >= 0");
    }
  }
}
