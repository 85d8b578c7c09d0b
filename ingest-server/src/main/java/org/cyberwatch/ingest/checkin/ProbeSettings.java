package org.cyberwatch.ingest.checkin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Agent settings handed out at check-in ({@code cyberwatch.settings}).
 *
 * @param rateLimits token-bucket limits
 * @param checkInIntervalS seconds until the next check-in, or null
 * @param testIntervalsS seconds between runs per test name (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProbeSettings(
    @JsonProperty("rate_limits") RateLimits rateLimits,
    @JsonProperty("check_in_interval_s") Double checkInIntervalS,
    @JsonProperty("test_intervals_s") Map<String, Double> testIntervalsS) {

  /** Default limits, check in every 6 hours. */
  public static final ProbeSettings DEFAULT = new ProbeSettings(RateLimits.DEFAULT, 21600.0, Map.of());

  /** Fills defaults for absent parts and checks the intervals. */
  public ProbeSettings {
    rateLimits = rateLimits == null ? RateLimits.DEFAULT : rateLimits;
    testIntervalsS = testIntervalsS == null ? Map.of() : Map.copyOf(testIntervalsS);
    if (checkInIntervalS != null && !(checkInIntervalS > 0)) {
      throw new IllegalArgumentException("check_in_interval_s: must be > 0");
    }
    testIntervalsS.forEach((test, s) -> {
      if (!test.matches("[a-z0-9_]+") || s == null || !(s > 0)) {
        throw new IllegalArgumentException("test_intervals_s: " + test + " must be a test name with a value > 0");
      }
    });
  }
}
