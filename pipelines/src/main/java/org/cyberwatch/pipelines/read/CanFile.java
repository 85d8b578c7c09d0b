package org.cyberwatch.pipelines.read;

import java.io.Serializable;

/**
 * One can to read: its location ({@code /path/…} or {@code s3://bucket/key}) and size in bytes, as
 * listed when the job started (recorded in {@code pipeline_runs}).
 */
public record CanFile(String path, long sizeBytes) implements Serializable, Comparable<CanFile> {
  public CanFile {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("path: must not be blank");
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes: must be >= 0, got " + sizeBytes);
    }
  }

  @Override
  public int compareTo(CanFile other) {
    return path.compareTo(other.path);
  }
}
