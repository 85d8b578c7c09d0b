package org.cyberwatch.pipelines.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.cyberwatch.pipelines.enrich.EnrichedMeasurement;
import org.cyberwatch.pipelines.enrich.MeasurementEnricher;
import org.cyberwatch.pipelines.parse.MeasurementIdentity;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.RowExtractor;
import org.cyberwatch.pipelines.score.ScoredMeasurement;
import org.cyberwatch.pipelines.score.Scorers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementProcessorTest {
  private static final Scorers SCORERS = Scorers.standard();

  static ParsedMeasurement fixture(String path, String can, long line) throws IOException {
    try (InputStream in = MeasurementProcessorTest.class.getResourceAsStream(path)) {
      byte[] json = in.readAllBytes();
      return MeasurementIdentity.identify(MeasurementIdentity.parse(json), null, can, line);
    }
  }

  /** What the separate stages (score, enrich, rows) give, one after the other. */
  private static List<Row> staged(ParsedMeasurement p) {
    ScoredMeasurement scored = ScoredMeasurement.of(p, SCORERS);
    return RowExtractor.rows(
        new EnrichedMeasurement(scored, MeasurementEnricher.enrich(p.measurement(), null)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/fixtures/traceroute/traceroute.json",
      "/fixtures/multi_protocol_traceroute/ts-009-multi-protocol-traceroute.example.json",
      "/fixtures/peer_locator/peer_locator_known_peer.json",
      "/fixtures/tunnel_telemetry/tunnel_telemetry.json", "/fixtures/ping/ping.json"})
  void givesTheRowsOfTheSeparateStages(String path) throws IOException {
    ParsedMeasurement p = fixture(path, "can.jsonl.gz", 7);

    ProcessedMeasurement processed = new MeasurementProcessor(SCORERS, null).process(p);

    assertEquals(staged(p), processed.rows());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/fixtures/traceroute/traceroute.json", "/fixtures/ping/ping.json"})
  void keepsTheIdentityOfTheCopyAndNoFailure(String path) throws IOException {
    ParsedMeasurement p = fixture(path, "other.jsonl.gz", 12);

    ProcessedMeasurement processed = new MeasurementProcessor(SCORERS, null).process(p);

    assertEquals(List.of(p.uid(), p.contentHash(), "other.jsonl.gz", 12L),
        List.of(processed.uid(), processed.contentHash(), processed.sourceCan(), processed.sourceLine()));
    assertNull(processed.failure());
  }
}
