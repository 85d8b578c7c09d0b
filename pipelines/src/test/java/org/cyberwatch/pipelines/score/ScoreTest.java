package org.cyberwatch.pipelines.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The score record: validation, derived flags and factories. */
class ScoreTest {

  static Stream<Arguments> flags() {
    return Stream.of(
        Arguments.of(Score.ok("1"), List.of(false, false, false)),
        Arguments.of(Score.of(Blocking.general(0.5), "x/y", "1"), List.of(false, false, false)),
        Arguments.of(Score.of(Blocking.general(0.51), "x/y", "1"), List.of(true, false, false)),
        Arguments.of(Score.ok("1").withAccuracy(0.5), List.of(false, false, false)),
        Arguments.of(Score.ok("1").withAccuracy(0.49), List.of(false, false, true)),
        Arguments.of(Score.ok("1").withFingerprints(List.of(), true), List.of(false, true, false)),
        Arguments.of(Score.unscored("test/unscored", "1"), List.of(false, false, false)));
  }

  @ParameterizedTest
  @MethodSource("flags")
  void flagsFollowFastpath(Score s, List<Boolean> anomalyConfirmedFailure) {
    assertEquals(anomalyConfirmedFailure, List.of(s.anomaly(), s.confirmed(), s.msmFailure()));
  }

  @Test
  void unsupportedScoreIsFastpathsUnsupportedDict() {
    Score s = Score.unsupported("Multi-Protocol Traceroute");
    assertEquals(List.of("{\"blocking_general\":0.0,\"blocking_global\":0.0,\"blocking_country\""
            + ":0.0,\"blocking_isp\":0.0,\"blocking_local\":0.0,\"accuracy\":0.0}",
        "unsupported/multi_protocol_traceroute", Score.UNSUPPORTED_VERSION),
        List.of(ScoreJson.write(s), s.reason(), s.scorerVersion()));
  }

  static Stream<Arguments> invalid() {
    ObjectNode reserved = JsonNodeFactory.instance.objectNode().put("accuracy", 1.0);
    return Stream.of(
        Arguments.of("reason", (Supplier<Score>) () -> Score.ok("1").withReason("dns inconsistent")),
        Arguments.of("reason", (Supplier<Score>) () -> Score.ok("1").withReason("DNS/x")),
        Arguments.of("scorerVersion", (Supplier<Score>) () -> Score.ok(" ")),
        Arguments.of("accuracy", (Supplier<Score>) () -> Score.ok("1").withAccuracy(1.5)),
        Arguments.of("blocking_general",
            (Supplier<Score>) () -> Score.of(Blocking.general(-1.0), "x/y", "1")),
        Arguments.of("details", (Supplier<Score>) () -> Score.ok("1").withDetails(reserved)),
        Arguments.of("unscored", (Supplier<Score>) () -> Score.unscored("test/unscored", "1")
            .withBlocking(Blocking.general(1.0))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void invalidPartIsRejectedByName(String field, Supplier<Score> make) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::get);
    assertEquals(field, e.getMessage().substring(0, e.getMessage().indexOf(':')));
  }

  @Test
  void jsonPartsAreCopiedInAndOut() {
    ObjectNode extra = JsonNodeFactory.instance.objectNode().put("endpoint", "a");
    Score s = Score.ok("1").withExtra(extra);
    extra.put("endpoint", "b");
    s.extra().put("endpoint", "c");
    assertEquals("a", s.extra().get("endpoint").asText());
  }
}
