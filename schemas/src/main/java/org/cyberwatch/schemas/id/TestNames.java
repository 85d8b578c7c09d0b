package org.cyberwatch.schemas.id;

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

  /** Names are checked by hand, not with a regex: this runs for every measurement. */
  private static final int MAX_LENGTH = 64;

  private TestNames() {}

  /** True for a wire test name such as {@code web_connectivity} or {@code tor}. */
  public static boolean isValid(String testName) {
    return matches(testName, true);
  }

  /** True for a compact test name such as {@code webconnectivity}. */
  public static boolean isValidCompact(String compactName) {
    return matches(compactName, false);
  }

  /** {@code [a-z0-9_]{1,64}} with a character besides {@code _} (or {@code [a-z0-9]{1,64}}). */
  private static boolean matches(String name, boolean underscores) {
    if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
      return false;
    }
    boolean other = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        other = true;
      } else if (c != '_' || !underscores) {
        return false;
      }
    }
    return other;
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
