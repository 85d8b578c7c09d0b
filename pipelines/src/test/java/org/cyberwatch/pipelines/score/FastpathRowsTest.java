package org.cyberwatch.pipelines.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 409 real fastpath rows (scores as OONI computed them): each scores dict must survive a
 * round trip through {@link Score} and {@link ScoreJson} byte for byte (key names, key order,
 * number formats), the flags derived from it must equal fastpath's columns, and for every test
 * name in the rows our scorers must produce fastpath's dict shapes (sets of keys).
 */
class FastpathRowsTest {

  private static final List<FastpathRow> ROWS = FastpathRow.all();
  /**
   * fastpath before its float fix wrote facebook_messenger's workaround score as the integer 0
   * (one row, from 2021); current fastpath and ScoreJson write 0.0.
   */
  private static final Pattern LEGACY_INTEGER_ZERO = Pattern.compile("(\"blocking_general\"):0,");
  /** riseupvpn scoring was disabled in 2023 (ooni/backend#745); the row (2021) predates that. */
  private static final String RISEUPVPN = "riseupvpn";
  private static final Scorers SCORERS = Scorers.standard();

  static Stream<FastpathRow> rows() {
    return ROWS.stream();
  }

  static Stream<ScoreCase> shapeCases() {
    return Stream.concat(ScoreCase.table("corpus_scores.json").stream(),
        ScoreCase.table("rule_scores.json").stream()).filter(ScoreCase::rowShape);
  }

  @Test
  void subsetHoldsAllRows() {
    assertEquals(409, ROWS.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void scoresDictRoundTripsByteForByte(FastpathRow row) {
    Score s = ScoreJson.read(row.scores(), "none/ok", "ooni");
    String expected = LEGACY_INTEGER_ZERO.matcher(row.scores()).replaceAll("$1:0.0,");
    assertEquals(expected, ScoreJson.write(s));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void flagsAreFastpathColumns(FastpathRow row) {
    Score s = ScoreJson.read(row.scores(), "none/ok", "ooni");
    assertEquals(List.of(row.anomaly(), row.confirmed(), row.msmFailure()),
        List.of(s.anomaly(), s.confirmed(), s.msmFailure()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapeCases")
  void scorerEmitsAKeySetFastpathStored(ScoreCase c) {
    Set<String> keys = keys(ScoreJson.toJson(SCORERS.score(c.measurement())));
    Set<Set<String>> stored = keySetsByTestName().get(c.testName());
    assertTrue(stored.contains(keys), () -> keys + " not among " + stored);
  }

  @Test
  void everyTestNameOfTheRowsHasAShapeCase() {
    Set<String> covered = new TreeSet<>();
    shapeCases().forEach(c -> covered.add(c.testName()));
    Set<String> current = new TreeSet<>(keySetsByTestName().keySet());
    current.remove(RISEUPVPN);
    assertEquals(current, covered);
  }

  private static Map<String, Set<Set<String>>> keySetsByTestName() {
    Map<String, Set<Set<String>>> out = new HashMap<>();
    for (FastpathRow row : ROWS) {
      JsonNode dict = ScoreJson.toJson(ScoreJson.read(row.scores(), "none/ok", "ooni"));
      out.computeIfAbsent(row.testName(), k -> new HashSet<>()).add(keys(dict));
    }
    return out;
  }

  private static Set<String> keys(JsonNode dict) {
    Set<String> keys = new HashSet<>();
    dict.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
