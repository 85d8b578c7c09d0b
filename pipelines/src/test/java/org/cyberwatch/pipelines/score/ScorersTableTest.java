package org.cyberwatch.pipelines.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus sample and every published rule case, scored through the registry: the scores dict
 * (compared as JSON, like fastpath's own tests compare dicts), reason and flags must be the
 * table's. Expected values and their sources are in the tables.
 */
class ScorersTableTest {

  private static final Scorers SCORERS = Scorers.standard();

  static Stream<ScoreCase> corpusSamples() {
    return ScoreCase.table("corpus_scores.json").stream();
  }

  static Stream<ScoreCase> ruleCases() {
    return ScoreCase.table("rule_scores.json").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusSamples")
  void corpusSampleScoresAsFastpath(ScoreCase c) {
    assertScored(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleCases")
  void publishedRuleGivesItsScores(ScoreCase c) {
    assertScored(c);
  }

  private static void assertScored(ScoreCase c) {
    Score s = SCORERS.score(c.measurement());
    assertEquals(c.scores(), ScoreJson.toJson(s), () -> c.name() + " (" + c.source() + ")");
    assertEquals(c.reason(), s.reason(), "reason");
    assertEquals(c.anomaly(), s.anomaly(), "anomaly");
    assertEquals(c.confirmed(), s.confirmed(), "confirmed");
    assertEquals(c.msmFailure(), s.msmFailure(), "msm_failure");
    assertTrue(s.scorerVersion().matches("\\d+\\.\\d+\\.\\d+(\\+fp\\.[0-9a-f]{12})?"),
        s.scorerVersion());
  }
}
