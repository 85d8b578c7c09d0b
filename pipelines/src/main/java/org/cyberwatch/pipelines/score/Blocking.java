package org.cyberwatch.pipelines.score;

/**
 * Blocking likelihood per locality, as OONI's fastpath scores it: {@code blocking_general} is the
 * overall value (the anomaly flag is {@code general > 0.5}); {@code global}, {@code country},
 * {@code isp} and {@code local} are set to 1.0 by a confirmed fingerprint of that scope.
 *
 * @param general {@code blocking_general}
 * @param global {@code blocking_global}
 * @param country {@code blocking_country}
 * @param isp {@code blocking_isp}
 * @param local {@code blocking_local}
 */
public record Blocking(double general, double global, double country, double isp, double local) {

  /** No blocking anywhere: OONI's initial scores. */
  public static final Blocking NONE = new Blocking(0.0, 0.0, 0.0, 0.0, 0.0);

  /** Each value must be finite and not negative. */
  public Blocking {
    check("general", general);
    check("global", global);
    check("country", country);
    check("isp", isp);
    check("local", local);
  }

  /** Only {@code blocking_general} set. */
  public static Blocking general(double general) {
    return new Blocking(general, 0.0, 0.0, 0.0, 0.0);
  }

  /** A copy with {@code blocking_general} replaced. */
  public Blocking withGeneral(double value) {
    return new Blocking(value, global, country, isp, local);
  }

  private static void check(String field, double value) {
    if (!Double.isFinite(value) || value < 0.0) {
      throw new IllegalArgumentException(
          "blocking_" + field + ": must be finite and >= 0, got " + value);
    }
  }
}
