package org.cyberwatch.ingest.spool;

import java.nio.file.Path;

/**
 * How the spool behaves.
 *
 * @param dir the spool root (see {@link SpoolDirs})
 * @param maxBatchRecords most records made durable by one fsync
 * @param maxBatchBytes most frame bytes made durable by one fsync (a larger single record still
 *     goes alone)
 * @param maxSegmentBytes the journal rolls to a new segment once the open one is this large
 * @param diskFloorBytes appends are refused while the spool file system has less usable space
 * @param maxPendingRecords appends waiting for the committer beyond which appends are refused
 */
public record SpoolSettings(
    Path dir,
    int maxBatchRecords,
    long maxBatchBytes,
    long maxSegmentBytes,
    long diskFloorBytes,
    int maxPendingRecords) {

  /** Default {@link #maxBatchRecords}. */
  public static final int DEFAULT_MAX_BATCH_RECORDS = 256;
  /** Default {@link #maxBatchBytes}: 8 MiB. */
  public static final long DEFAULT_MAX_BATCH_BYTES = 8L << 20;
  /** Default {@link #maxSegmentBytes}: 256 MiB. */
  public static final long DEFAULT_MAX_SEGMENT_BYTES = 256L << 20;
  /** Default {@link #diskFloorBytes}: 1 GiB. */
  public static final long DEFAULT_DISK_FLOOR_BYTES = 1L << 30;
  /** Default {@link #maxPendingRecords}. */
  public static final int DEFAULT_MAX_PENDING_RECORDS = 10_000;

  /** Checks every value (each exception names it). */
  public SpoolSettings {
    if (dir == null) {
      throw new IllegalArgumentException("dir: must not be null");
    }
    if (maxBatchRecords < 1 || maxPendingRecords < 1) {
      throw new IllegalArgumentException("maxBatchRecords, maxPendingRecords: must be >= 1");
    }
    if (maxBatchBytes < 1 || maxSegmentBytes < 1 || diskFloorBytes < 0) {
      throw new IllegalArgumentException(
          "maxBatchBytes, maxSegmentBytes: must be >= 1; diskFloorBytes: must be >= 0");
    }
  }

  /** The defaults for a spool in {@code dir}. */
  public static SpoolSettings defaults(Path dir) {
    return new SpoolSettings(dir, DEFAULT_MAX_BATCH_RECORDS, DEFAULT_MAX_BATCH_BYTES,
        DEFAULT_MAX_SEGMENT_BYTES, DEFAULT_DISK_FLOOR_BYTES, DEFAULT_MAX_PENDING_RECORDS);
  }

  /** These settings with another disk floor. */
  public SpoolSettings withDiskFloorBytes(long bytes) {
    return new SpoolSettings(dir, maxBatchRecords, maxBatchBytes, maxSegmentBytes, bytes,
        maxPendingRecords);
  }

  /** These settings with another segment size limit. */
  public SpoolSettings withMaxSegmentBytes(long bytes) {
    return new SpoolSettings(dir, maxBatchRecords, maxBatchBytes, bytes, diskFloorBytes,
        maxPendingRecords);
  }
}
