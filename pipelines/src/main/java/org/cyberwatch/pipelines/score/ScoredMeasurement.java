package org.cyberwatch.pipelines.score;

import org.cyberwatch.pipelines.parse.ParsedMeasurement;

/**
 * A measurement with its score, in the form the rest of the job needs: the OONI {@code scores}
 * dict as JSON text and the derived flags.
 *
 * @param parsed the measurement and its identity
 * @param scoresJson {@link ScoreJson#write(Score)}
 * @param anomaly {@code blocking_general > 0.5}
 * @param confirmed a fingerprint confirmed blocking
 * @param msmFailure {@code accuracy < 0.5}
 * @param reason machine-readable {@code stage/cause}
 * @param scorerVersion the scorer's version
 */
public record ScoredMeasurement(
    ParsedMeasurement parsed,
    String scoresJson,
    boolean anomaly,
    boolean confirmed,
    boolean msmFailure,
    String reason,
    String scorerVersion) {
  public ScoredMeasurement {
    if (parsed == null || scoresJson == null || reason == null || scorerVersion == null) {
      throw new IllegalArgumentException("parsed, scoresJson, reason, scorerVersion: required");
    }
  }

  /** Scores {@code parsed} with {@code scorers}. */
  public static ScoredMeasurement of(ParsedMeasurement parsed, Scorers scorers) {
    Score s = scorers.score(parsed.measurement());
    return new ScoredMeasurement(parsed, ScoreJson.write(s), s.anomaly(), s.confirmed(),
        s.msmFailure(), s.reason(), s.scorerVersion());
  }
}
