package org.cyberwatch.schemas.id;

/**
 * Probe country codes: two upper-case ASCII letters (ISO 3166-1 alpha-2, with OONI's {@code ZZ} for
 * "unknown"). The shape check is all the product needs: codes become path segments of spool
 * directories and can keys, so nothing else may pass.
 */
public final class CountryCodes {

  /** OONI's code for an unknown country. */
  public static final String UNKNOWN = "ZZ";

  private CountryCodes() {}

  /** True for two upper-case ASCII letters. */
  public static boolean isValid(String cc) {
    return cc != null
        && cc.length() == 2
        && isUpperAscii(cc.charAt(0))
        && isUpperAscii(cc.charAt(1));
  }

  /**
   * Returns {@code cc} when valid.
   *
   * @throws IllegalArgumentException naming {@code field} otherwise
   */
  public static String requireValid(String cc, String field) {
    if (!isValid(cc)) {
      throw new IllegalArgumentException(
          field + ": must be two upper-case letters, got '" + cc + "'");
    }
    return cc;
  }

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
