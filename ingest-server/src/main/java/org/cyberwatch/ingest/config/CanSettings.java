package org.cyberwatch.ingest.config;

import java.nio.file.Path;
import java.time.Duration;
import org.cyberwatch.ingest.upload.S3Settings;

/**
 * Where sealed cans go and how often they are cut: exactly one of a local directory and an S3
 * bucket.
 *
 * @param localDir local can destination, or null
 * @param s3 S3 destination, or null
 * @param period 1 hour (seal closed hours) or less (seal everything that often), at least 1 s
 * @param maxBytes compressed size at which a can is cut
 */
public record CanSettings(Path localDir, S3Settings s3, Duration period, long maxBytes) {

  /** The longest period: cans are hourly. */
  public static final Duration MAX_PERIOD = Duration.ofHours(1);

  /** Checks that exactly one destination is set and the period and size. */
  public CanSettings {
    if ((localDir == null) == (s3 == null)) {
      throw new IllegalArgumentException("localDir, s3: set exactly one destination");
    }
    if (period == null || period.compareTo(Duration.ofSeconds(1)) < 0 || period.compareTo(MAX_PERIOD) > 0) {
      throw new IllegalArgumentException("period: must be between 1s and 1h, got " + period);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes: must be >= 1, got " + maxBytes);
    }
  }

  /** Whether closed hours only are sealed (period of one hour). */
  public boolean hourly() {
    return period.equals(MAX_PERIOD);
  }
}
