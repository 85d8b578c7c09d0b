package org.cyberwatch.ingest.checkin;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;

/**
 * A URL of the test lists, as OONI's check-in and {@code /api/v1/test-list/urls} give it.
 *
 * @param url the URL to measure
 * @param categoryCode Citizen Lab category (NEWS, HUMR, …)
 * @param countryCode the list's country; {@code XX} or {@code ZZ} for the global list
 */
public record UrlTarget(
    @JsonProperty("url") String url,
    @JsonProperty("category_code") String categoryCode,
    @JsonProperty("country_code") String countryCode) {

  private static final Pattern CC = Pattern.compile("[A-Z]{2}");

  /** Checks the parts. */
  public UrlTarget {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("url: must be set");
    }
    if (categoryCode == null) {
      throw new IllegalArgumentException("category_code: must be set for " + url);
    }
    if (countryCode == null || !CC.matcher(countryCode).matches()) {
      throw new IllegalArgumentException("country_code: must be two upper-case letters for " + url);
    }
  }

  /** Whether the URL is in the global list. */
  public boolean global() {
    return countryCode.equals("XX") || countryCode.equals("ZZ");
  }
}
