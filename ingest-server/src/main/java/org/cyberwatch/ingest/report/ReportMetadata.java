package org.cyberwatch.ingest.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;
import org.cyberwatch.schemas.id.CountryCodes;
import org.cyberwatch.schemas.id.TestNames;

/**
 * Test name, country and AS of a {@code POST /report} body, normalised as OONI's collector does
 * (ooni/backend {@code open_report}): {@code probe_asn} upper-cased, and {@code AS0} unless it is
 * {@code AS} + digits with 3–12 characters in all; {@code probe_cc} upper-cased without {@code _},
 * {@code ZZ} unless then two letters; {@code test_name} lower-cased. Absent values count as {@code
 * AS0}, {@code ZZ} and "". Unlike OONI, a test name that cannot form a report id is refused.
 *
 * @param testName wire test name, e.g. {@code web_connectivity}
 * @param cc country code ({@code ZZ} unknown)
 * @param asn AS number (0 unknown)
 */
public record ReportMetadata(String testName, String cc, long asn) {

  /** Checks the normalised values. */
  public ReportMetadata {
    if (!TestNames.isValid(testName)) {
      throw new IllegalArgumentException("testName: not a valid test name: '" + testName + "'");
    }
    CountryCodes.requireValid(cc, "cc");
    if (asn < 0 || asn > 4_294_967_295L) {
      throw new IllegalArgumentException("asn: must be 0..4294967295, got " + asn);
    }
  }

  /**
   * Normalises an open-report body.
   *
   * @throws UploadRejectedException ({@code invalid_request}) when the test name is empty or has
   *     characters outside {@code [a-z0-9_]} after lower-casing
   */
  public static ReportMetadata normalise(JsonNode body) throws UploadRejectedException {
    String testName = text(body, "test_name", "").toLowerCase(Locale.ROOT);
    if (!TestNames.isValid(testName)) {
      throw new UploadRejectedException(Reason.INVALID_REQUEST,
          "test_name must be 1-64 characters of [a-z0-9_], got '" + shorten(testName) + "'");
    }
    return new ReportMetadata(testName, cc(text(body, "probe_cc", "ZZ")), asn(text(body, "probe_asn", "AS0")));
  }

  /** OONI's country normalisation: upper case without {@code _}, {@code ZZ} unless two letters. */
  public static String cc(String raw) {
    String cc = raw.toUpperCase(Locale.ROOT).replace("_", "");
    return CountryCodes.isValid(cc) ? cc : CountryCodes.UNKNOWN;
  }

  /** OONI's AS normalisation: the number of {@code AS<digits>} (3–12 characters), else 0. */
  public static long asn(String raw) {
    String asn = raw.toUpperCase(Locale.ROOT);
    if (asn.length() < 3 || asn.length() > 12 || !asn.startsWith("AS")) {
      return 0;
    }
    try {
      long n = Long.parseLong(asn.substring(2));
      return n >= 0 && n <= 4_294_967_295L ? n : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String text(JsonNode body, String field, String absent) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? absent : v.asText();
  }

  private static String shorten(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "…";
  }
}
