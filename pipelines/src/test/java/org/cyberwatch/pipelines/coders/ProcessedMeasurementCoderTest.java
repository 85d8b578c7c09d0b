package org.cyberwatch.pipelines.coders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.beam.sdk.util.CoderUtils;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.parse.MeasurementIdentity;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.pipelines.process.MeasurementProcessor;
import org.cyberwatch.pipelines.process.ProcessedMeasurement;
import org.cyberwatch.pipelines.score.Scorers;
import org.junit.jupiter.api.Test;

class ProcessedMeasurementCoderTest {
  private static ParsedMeasurement parsed(String path) throws IOException {
    try (InputStream in = ProcessedMeasurementCoderTest.class.getResourceAsStream(path)) {
      return MeasurementIdentity.identify(MeasurementIdentity.parse(in.readAllBytes()), null,
          "raw/20230508/00/IT/traceroute/can.jsonl.gz", 41);
    }
  }

  @Test
  void identityAndEveryRowSurvive() throws IOException {
    ProcessedMeasurement m = new MeasurementProcessor(Scorers.standard(), null)
        .process(parsed("/fixtures/traceroute/traceroute.json"));

    ProcessedMeasurement decoded = CoderUtils.clone(ProcessedMeasurementCoder.INSTANCE, m);

    assertEquals(m, decoded);
  }

  @Test
  void aFailureSurvives() throws IOException {
    ParsedMeasurement p = parsed("/fixtures/ping/ping.json");
    ProcessedMeasurement m = ProcessedMeasurement.ofFailure(p, new Failure("score",
        "score/exception", "java.lang.IllegalStateException: boom", p.sourceCan(), p.sourceLine(),
        p.uid(), "{\"test_name\":\"ping\"}"));

    ProcessedMeasurement decoded = CoderUtils.clone(ProcessedMeasurementCoder.INSTANCE, m);

    assertEquals(List.of(m.failure(), List.of()), List.of(decoded.failure(), decoded.rows()));
  }
}
