package org.cyberwatch.pipelines.score;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cyberwatch.schemas.measurement.Measurement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scorer gets every fixture's test keys (mostly of another test), empty test keys and null
 * test keys, and must still return a valid score: a scorer never throws on a well-formed
 * measurement, whatever its test keys hold.
 */
class ScorersRobustnessTest {

  private static final Scorers SCORERS = Scorers.standard();

  static Stream<Arguments> crossProduct() {
    Set<String> fixtures = new LinkedHashSet<>();
    ScoreCase.table("corpus_scores.json").forEach(c -> fixtures.add(c.fixture()));
    List<Arguments> out = new ArrayList<>();
    for (String testName : new TreeSet<>(SCORERS.testNames())) {
      for (String fixture : fixtures) {
        out.add(Arguments.of(testName, fixture, "as recorded"));
      }
      out.add(Arguments.of(testName, "web_connectivity/report1.json", "{}"));
      out.add(Arguments.of(testName, "web_connectivity/report1.json", "null"));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} on {1} ({2})")
  @MethodSource("crossProduct")
  void scorerReturnsAValidScoreForAnyTestKeys(String testName, String fixture, String testKeys) {
    Measurement m = ScoreCase.load(fixture).withField("test_name", TextNode.valueOf(testName));
    if (testKeys.equals("{}")) {
      m = m.withField("test_keys", JsonNodeFactory.instance.objectNode());
    } else if (testKeys.equals("null")) {
      m = m.withField("test_keys", NullNode.getInstance());
    }
    assertNotNull(ScoreJson.write(SCORERS.score(m)));
  }
}
