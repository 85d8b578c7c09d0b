package org.cyberwatch.pipelines.score.fingerprint;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One blocking fingerprint, a row of OONI's blocking-fingerprints CSV format ({@code
 * name,scope,other_names,location_found,pattern_type,pattern,confidence_no_fp,expected_countries,
 * source,exp_url,notes}).
 *
 * @param name identifier, e.g. {@code ooni.ir_10dot10_ipv4_1}
 * @param scope {@code nat}, {@code isp}, {@code inst}, {@code prod}, {@code fp}, {@code vbw}, ...
 * @param otherNames other identifiers of the same fingerprint (free text, may be empty)
 * @param locationFound {@code dns}, {@code body} or {@code header.<lower-case header name>}
 * @param patternType how {@code pattern} is matched
 * @param pattern the pattern, never empty
 * @param confidenceNoFp self-assessed confidence that a match is no false positive
 * @param expectedCountries countries where the fingerprint is expected: upper case, sorted,
 *     without duplicates and without {@code ZZ}
 * @param source where the fingerprint came from (may be empty)
 * @param expUrl an example measurement (may be empty)
 * @param notes free text (may be empty)
 */
public record Fingerprint(
    String name,
    String scope,
    String otherNames,
    String locationFound,
    PatternType patternType,
    String pattern,
    int confidenceNoFp,
    List<String> expectedCountries,
    String source,
    String expUrl,
    String notes) {

  private static final String HEADER_PREFIX = "header.";
  private static final Pattern CC = Pattern.compile("[A-Z]{2}");

  /** Validates the location, pattern and countries; copies the country list. */
  public Fingerprint {
    requireText("name", name);
    requireText("scope", scope);
    requireText("location_found", locationFound);
    if (!locationFound.equals("dns") && !locationFound.equals("body")
        && !(locationFound.startsWith(HEADER_PREFIX)
            && locationFound.length() > HEADER_PREFIX.length())) {
      throw new IllegalArgumentException(
          "location_found: must be dns, body or header.<name>, got '" + locationFound + "'");
    }
    if (patternType == null) {
      throw new IllegalArgumentException("pattern_type: required");
    }
    requireText("pattern", pattern);
    if (expectedCountries == null) {
      throw new IllegalArgumentException("expected_countries: required (may be empty)");
    }
    expectedCountries = List.copyOf(expectedCountries);
    expectedCountries.forEach(Fingerprint::checkCountry);
    otherNames = otherNames == null ? "" : otherNames;
    source = source == null ? "" : source;
    expUrl = expUrl == null ? "" : expUrl;
    notes = notes == null ? "" : notes;
  }

  /**
   * Parses the CSV {@code expected_countries} value as fastpath does: split at commas, trim,
   * upper-case, drop empty entries and {@code ZZ}, sort, no duplicates ({@code ",ZZ"} gives none).
   */
  public static List<String> parseCountries(String csvValue) {
    TreeSet<String> ccs = new TreeSet<>();
    for (String cc : csvValue.strip().split(",", -1)) {
      String c = cc.strip().toUpperCase(Locale.ROOT);
      if (!c.isEmpty() && !c.equals("ZZ")) {
        ccs.add(c);
      }
    }
    return List.copyOf(ccs);
  }

  /** True for {@code location_found = dns}. */
  public boolean isDns() {
    return locationFound.equals("dns");
  }

  /** True for {@code location_found = body}. */
  public boolean isBody() {
    return locationFound.equals("body");
  }

  /** The lower-case header name of a {@code header.<name>} location, or null. */
  public String headerName() {
    return locationFound.startsWith(HEADER_PREFIX)
        ? locationFound.substring(HEADER_PREFIX.length()).toLowerCase(Locale.ROOT)
        : null;
  }

  private static void checkCountry(String cc) {
    if (!CC.matcher(cc).matches()) {
      throw new IllegalArgumentException("expected_countries: not a country code: '" + cc + "'");
    }
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(field + ": required");
    }
  }
}
