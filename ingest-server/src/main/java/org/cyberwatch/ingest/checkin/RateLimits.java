package org.cyberwatch.ingest.checkin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Token-bucket limits handed to agents at check-in.
 *
 * @param measurementsPerMinute sustained rate of measurements, all tests together (&gt; 0)
 * @param burst measurements that may start back to back (&ge; 1)
 * @param packetsPerSecond probe packets per second for traceroute and ping, or null
 * @param perTargetMinIntervalS seconds between two measurements of one target, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateLimits(
    @JsonProperty("measurements_per_minute") double measurementsPerMinute,
    @JsonProperty("burst") int burst,
    @JsonProperty("packets_per_second") Integer packetsPerSecond,
    @JsonProperty("per_target_min_interval_s") Double perTargetMinIntervalS) {

  /** 30 measurements a minute, bursts of 5. */
  public static final RateLimits DEFAULT = new RateLimits(30, 5, null, null);

  /** Checks the ranges. */
  public RateLimits {
    if (!(measurementsPerMinute > 0) || burst < 1) {
      throw new IllegalArgumentException("measurements_per_minute must be > 0 and burst >= 1");
    }
    if ((packetsPerSecond != null && packetsPerSecond < 1)
        || (perTargetMinIntervalS != null && perTargetMinIntervalS < 0)) {
      throw new IllegalArgumentException("packets_per_second must be >= 1, per_target_min_interval_s >= 0");
    }
  }
}
