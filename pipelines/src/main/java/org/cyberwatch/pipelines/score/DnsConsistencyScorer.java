package org.cyberwatch.pipelines.score;

import org.cyberwatch.schemas.measurement.Measurement;

/** dns_consistency (ts-002, legacy): fastpath gives its initial scores (no blocking) unchanged. */
final class DnsConsistencyScorer implements Scorer {

  static final String VERSION = "1.0.0";

  @Override
  public Score score(Measurement m) {
    return Score.ok(VERSION);
  }
}
