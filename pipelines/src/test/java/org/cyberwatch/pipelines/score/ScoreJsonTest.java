package org.cyberwatch.pipelines.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing and reading fastpath's scores dict. */
class ScoreJsonTest {

  @Test
  void writesKeysInFastpathOrder() {
    Score s = Score.of(new Blocking(2.0, 0.0, 1.0, 0.0, 0.0), "dns/fingerprint", "1")
        .withMsg("m")
        .withExtra(JsonNodeFactory.instance.objectNode().put("e", 1))
        .withAccuracy(0.0)
        .withAnalysis(JsonNodeFactory.instance.objectNode().put("blocking_type", "dns"))
        .withFingerprints(List.of(new FingerprintHit("ooni.ir_5", "nat", "dns", 5, List.of("IR"))),
            true)
        .withDetails(JsonNodeFactory.instance.objectNode().put("web_failure", "x"));
    assertEquals("{\"blocking_general\":2.0,\"blocking_global\":0.0,\"blocking_country\":1.0,"
        + "\"blocking_isp\":0.0,\"blocking_local\":0.0,\"web_failure\":\"x\",\"fingerprints\":"
        + "[{\"name\":\"ooni.ir_5\",\"scope\":\"nat\",\"location_found\":\"dns\","
        + "\"confidence_no_fp\":5,\"expected_countries\":[\"IR\"]}],\"confirmed\":true,"
        + "\"analysis\":{\"blocking_type\":\"dns\"},\"accuracy\":0.0,\"extra\":{\"e\":1},"
        + "\"msg\":\"m\"}", ScoreJson.write(s));
  }

  @Test
  void doublesUseTheShortestRoundTripForm() {
    Score s = Score.of(Blocking.general(9.0 / 35), "x/y", "1");
    assertEquals("{\"blocking_general\":0.2571428571428571,\"blocking_global\":0.0,"
        + "\"blocking_country\":0.0,\"blocking_isp\":0.0,\"blocking_local\":0.0}",
        ScoreJson.write(s));
  }

  @Test
  void emptyDictReadsAsUnscored() {
    Score s = ScoreJson.read("{}", "test/unscored", "1");
    assertEquals(List.of(true, "{}"), List.of(s.unscored(), ScoreJson.write(s)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "{\"blocking_general\":0.0}", "{\"blocking_general\":\"x\","
      + "\"blocking_global\":0.0,\"blocking_country\":0.0,\"blocking_isp\":0.0,"
      + "\"blocking_local\":0.0}", "{\"analysis\":1}", "{"})
  void malformedDictIsRejected(String json) {
    assertThrows(IllegalArgumentException.class, () -> ScoreJson.read(json, "x/y", "1"));
  }
}
