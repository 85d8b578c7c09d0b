package org.cyberwatch.pipelines.score;

import java.util.List;
import org.cyberwatch.pipelines.score.fingerprint.Fingerprint;

/**
 * What matched fingerprints mean for a score, as in fastpath: a match is <em>confirmed</em>
 * blocking when the probe's country is among the fingerprint's expected countries (never for
 * {@code ZZ}) or its scope is {@code nat} or {@code isp}; a confirmed match sets the blocking
 * value of its scope's locality to 1.0 ({@code inst} local, {@code isp} isp, {@code nat} country,
 * anything else general).
 */
final class FingerprintVerdicts {

  static final int GENERAL = 0;
  static final int GLOBAL = 1;
  static final int COUNTRY = 2;
  static final int ISP = 3;
  static final int LOCAL = 4;

  private FingerprintVerdicts() {}

  /** The minified form of each match, in order. */
  static List<FingerprintHit> hits(List<Fingerprint> matches) {
    return matches.stream()
        .map(f -> new FingerprintHit(f.name(), f.scope(), f.locationFound(), f.confidenceNoFp(),
            f.expectedCountries()))
        .toList();
  }

  /** fastpath's {@code is_confirmed}; {@code probeCc} upper case. */
  static boolean isConfirmed(String probeCc, Fingerprint f) {
    if (!"ZZ".equals(probeCc) && f.expectedCountries().contains(probeCc)) {
      return true;
    }
    return f.scope().equals("isp") || f.scope().equals("nat");
  }

  /** Index into a blocking array (general, global, country, isp, local) for a scope. */
  static int locality(String scope) {
    switch (scope) {
      case "inst":
        return LOCAL;
      case "isp":
        return ISP;
      case "nat":
        return COUNTRY;
      default:
        return GENERAL;
    }
  }

  /**
   * Marks the localities of confirmed matches in {@code blocking}; returns the first confirmed
   * match, or null when none is confirmed.
   */
  static Fingerprint applyConfirmed(String probeCc, List<Fingerprint> matches, double[] blocking) {
    Fingerprint first = null;
    for (Fingerprint f : matches) {
      if (isConfirmed(probeCc, f)) {
        blocking[locality(f.scope())] = 1.0;
        first = first == null ? f : first;
      }
    }
    return first;
  }

  /** The blocking record of an array (general, global, country, isp, local). */
  static Blocking blocking(double[] b) {
    return new Blocking(b[GENERAL], b[GLOBAL], b[COUNTRY], b[ISP], b[LOCAL]);
  }

  /** Reason of a confirmed match: {@code dns/fingerprint} or {@code http/fingerprint}. */
  static String reason(Fingerprint confirmed) {
    return confirmed.isDns() ? "dns/fingerprint" : "http/fingerprint";
  }
}
