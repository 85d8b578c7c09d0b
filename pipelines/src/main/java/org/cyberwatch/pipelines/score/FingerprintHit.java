package org.cyberwatch.pipelines.score;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One matched blocking fingerprint as OONI's fastpath reports it in the {@code fingerprints} list
 * of the scores (its "minified" form: the pattern itself is left out).
 *
 * @param name fingerprint name, e.g. {@code ooni.ir_10dot10_ipv4_1}
 * @param scope {@code nat}, {@code isp}, {@code inst}, {@code prod}, {@code fp}, {@code vbw}, ...
 * @param locationFound {@code dns}, {@code body} or {@code header.<name>}
 * @param confidenceNoFp self-assessed confidence that the pattern is no false positive
 * @param expectedCountries upper-case country codes where the fingerprint is expected, sorted
 */
public record FingerprintHit(
    String name,
    String scope,
    String locationFound,
    int confidenceNoFp,
    List<String> expectedCountries) {

  private static final Pattern CC = Pattern.compile("[A-Z]{2}");

  /** Requires every part; copies the country list. */
  public FingerprintHit {
    requireText("name", name);
    requireText("scope", scope);
    requireText("location_found", locationFound);
    if (expectedCountries == null) {
      throw new IllegalArgumentException("expected_countries: required");
    }
    expectedCountries = List.copyOf(expectedCountries);
    for (String cc : expectedCountries) {
      if (!CC.matcher(cc).matches()) {
        throw new IllegalArgumentException("expected_countries: not a country code: '" + cc + "'");
      }
    }
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(field + ": required");
    }
  }
}
