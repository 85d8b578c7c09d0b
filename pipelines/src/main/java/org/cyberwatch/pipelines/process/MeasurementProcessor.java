package org.cyberwatch.pipelines.process;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cyberwatch.pipelines.enrich.EnrichedMeasurement;
import org.cyberwatch.pipelines.enrich.Enrichment;
import org.cyberwatch.pipelines.enrich.MeasurementEnricher;
import org.cyberwatch.pipelines.enrich.SnapshotLookups;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.RowExtractor;
import org.cyberwatch.pipelines.score.ScoredMeasurement;
import org.cyberwatch.pipelines.score.Scorers;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.cyberwatch.schemas.snapshot.IpMetadataLookup;

/**
 * Score, enrich and rows of one measurement in one call, each step's failure named by its stage
 * ({@code score/exception}, {@code enrich/snapshot}, {@code rows/invalid_value}): the first step
 * that gives up ends the measurement's processing.
 */
public final class MeasurementProcessor {
  private final Scorers scorers;
  private final SnapshotLookups lookups;

  /** @param lookups the dated snapshots, or null for none (unknown metadata) */
  public MeasurementProcessor(Scorers scorers, SnapshotLookups lookups) {
    if (scorers == null) {
      throw new IllegalArgumentException("scorers: required");
    }
    this.scorers = scorers;
    this.lookups = lookups;
  }

  /** The rows of {@code p}, or the failure of the first stage that gave up. */
  public ProcessedMeasurement process(ParsedMeasurement p) {
    ScoredMeasurement scored;
    try {
      scored = ScoredMeasurement.of(p, scorers);
    } catch (RuntimeException e) {
      return ProcessedMeasurement.ofFailure(p, new Failure("score", "score/exception",
          e.toString(), p.sourceCan(), p.sourceLine(), p.uid(), json(p)));
    }
    Enrichment enrichment;
    try {
      LocalDate day = LocalDate.ofInstant(p.measurement().startInstant(), ZoneOffset.UTC);
      IpMetadataLookup lookup = lookups == null ? null : lookups.forDay(day);
      enrichment = MeasurementEnricher.enrich(p.measurement(), lookup);
    } catch (UncheckedIOException e) {
      return ProcessedMeasurement.ofFailure(p, new Failure("enrich", "enrich/snapshot",
          e.getMessage(), p.sourceCan(), p.sourceLine(), p.uid(), null));
    }
    List<Row> rows;
    try {
      rows = RowExtractor.rows(new EnrichedMeasurement(scored, enrichment));
    } catch (RuntimeException bad) {
      return ProcessedMeasurement.ofFailure(p, new Failure("rows", "rows/invalid_value",
          bad.getMessage(), p.sourceCan(), p.sourceLine(), p.uid(), json(p)));
    }
    return ProcessedMeasurement.ofRows(p, rows);
  }

  private static String json(ParsedMeasurement p) {
    return MeasurementCodec.toJsonString(p.measurement());
  }
}
