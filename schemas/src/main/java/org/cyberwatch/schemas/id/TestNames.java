package org.cyberwatch.schemas.id;

import java.util.regex.Pattern;

/**
 * Test names as they appear on the wire ({@code web_connectivity}) and in their compact form
 * without underscores ({@code webconnectivity}), which OONI uses in report ids, measurement uids,
 * spool directories and can keys.
 *
 * <p>A valid wire name is 1–64 characters of {@code [a-z0-9_]} (OONI's collector accepts lower case
 * names of up to 30 characters); the compact form is the same without {@code _}. Both are safe to
 * use as a path segment.
 */
public final class TestNames {

  private static final Pattern WIRE = Pattern.compile("[a-z0-9_]{1,64}");
  private static final Pattern COMPACT = Pattern.compile("[a-z0-9]{1,64}");

  private TestNames() {}

  /** True for a wire test name such as {@code web_connectivity} or {@code tor}. */
  public static boolean isValid(String testName) {
    return testName != null
        && WIRE.matcher(testName).matches()
        && !testName.replace("_", "").isEmpty();
  }

  /** True for a compact test name such as {@code webconnectivity}. */
  public static boolean isValidCompact(String compactName) {
    return compactName != null && COMPACT.matcher(compactName).matches();
  }

  /**
   * The compact form: {@code web_connectivity} → {@code webconnectivity}. A name that is already
   * compact is returned unchanged.
   *
   * @throws IllegalArgumentException naming {@code test_name} when the name is not valid
   */
  public static String compact(String testName) {
    if (!isValid(testName)) {
      throw new IllegalArgumentException(
          "test_name: must be 1-64 characters of [a-z0-9_], got '" + testName + "'");
    }
    return testName.indexOf('_') < 0 ? testName : testName.replace("_", "");
  }
}
