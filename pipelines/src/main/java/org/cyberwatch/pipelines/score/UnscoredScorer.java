package org.cyberwatch.pipelines.score;

import org.cyberwatch.schemas.measurement.Measurement;

/**
 * Tests fastpath deliberately does not score and writes as an empty dict: ndt (a stub) and
 * riseupvpn (scoring disabled on 2023-10-17, ooni/backend#745). Reason {@code test/unscored}.
 */
final class UnscoredScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    return Score.unscored("test/unscored", VERSION);
  }
}
