package org.cyberwatch.pipelines.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cyberwatch.pipelines.enrich.EnrichedMeasurement;
import org.cyberwatch.pipelines.enrich.Enrichment;
import org.cyberwatch.pipelines.enrich.MeasurementEnricher;
import org.cyberwatch.pipelines.parse.MeasurementIdentity;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.RowExtractor;
import org.cyberwatch.pipelines.score.ScoredMeasurement;
import org.cyberwatch.pipelines.score.Scorers;
import org.cyberwatch.schemas.can.CanEntry;
import org.cyberwatch.schemas.measurement.DigestedMeasurement;

/**
 * Figure (a): one thread does, per measurement, what the job's per-element stages do (without
 * Beam): read, parse with the content hash computed in the same pass ({@link
 * MeasurementIdentity#parse}), identify ({@link MeasurementIdentity}), score ({@link Scorers}), enrich
 * ({@link MeasurementEnricher} with the day's snapshot lookup) and extract rows ({@link
 * RowExtractor}). Dedupe (a grouping) and loading are left to figures (c)/(d). A measurement that
 * fails a stage is counted, as the job would divert it.
 */
final class ProcessingPass {
  private final Scorers scorers;
  private final DayLookups lookups;
  private long sink;
  private long failures;

  ProcessingPass(Scorers scorers, DayLookups lookups) {
    this.scorers = scorers;
    this.lookups = lookups;
  }

  /** Processes the first {@code limit} measurements; {@code clock} gets each stage's time. */
  PassResult run(Corpus corpus, long limit, StageClock clock) throws IOException {
    long[] bytes = new long[1];
    ResourceMeter meter = ResourceMeter.start();
    clock.reset();
    long n = corpus.forEachEntry(limit, (can, e) -> {
      bytes[0] += e.json().length;
      try {
        process(can, e, clock);
      } catch (RuntimeException failed) {
        failures++;
        clock.reset();
      }
    });
    return meter.stop(n, bytes[0]);
  }

  private void process(String can, CanEntry e, StageClock clock) {
    clock.lap(Stage.READ);
    DigestedMeasurement m = MeasurementIdentity.parse(e.json());
    clock.lap(Stage.PARSE);
    ParsedMeasurement p = MeasurementIdentity.identify(m, e.measurementUid(), can, e.number());
    clock.lap(Stage.IDENTIFY);
    ScoredMeasurement s = ScoredMeasurement.of(p, scorers);
    clock.lap(Stage.SCORE);
    LocalDate day = LocalDate.ofInstant(p.measurement().startInstant(), ZoneOffset.UTC);
    Enrichment en = MeasurementEnricher.enrich(p.measurement(), lookups.forDay(day));
    clock.lap(Stage.ENRICH);
    List<Row> rows = RowExtractor.rows(new EnrichedMeasurement(s, en));
    clock.lap(Stage.ROWS);
    sink += rows.size();
  }

  /** Measurements a stage rejected (the job would divert them to the failures sink). */
  long failures() {
    return failures;
  }

  /** Rows extracted: keeps the work observable. */
  long rows() {
    return sink;
  }
}
