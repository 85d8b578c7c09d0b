package org.cyberwatch.pipelines.reprocess;

import java.util.Comparator;
import java.io.Serializable;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.cyberwatch.pipelines.coders.PipelineCoders;
import org.cyberwatch.pipelines.dedupe.DedupeMeasurements;
import org.cyberwatch.pipelines.export.CanonicalLines;
import org.cyberwatch.pipelines.export.DistinctRows;
import org.cyberwatch.pipelines.export.ExportRows;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.parse.ParseMeasurements;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.pipelines.process.EmitOutcomes;
import org.cyberwatch.pipelines.process.ProcessMeasurements;
import org.cyberwatch.pipelines.read.CanFile;
import org.cyberwatch.pipelines.read.ReadCans;
import org.cyberwatch.pipelines.rows.Row;

/**
 * The main job: cans → parse → score, enrich, rows (one step per copy) → dedupe → PostgreSQL (the
 * truth), the Neo4j AS graph (a projection) and the canonical export; every stage's failures to the
 * failures sink. The dedupe keeps the outcome of the copy it chooses, the same as deduping first.
 * {@link #build} only wires transforms; {@link ReprocessCommand} resolves flags and runs it.
 */
public final class ReprocessJob {
  private ReprocessJob() {}

  /** What {@link #build} produced, for the caller (and tests) to observe. */
  public record Outputs(PCollection<Row> rows, PCollection<Failure> failures,
      PCollection<String> digest) {}

  /** Wires the job into {@code p}. */
  public static Outputs build(Pipeline p, ReprocessConfig c) {
    PipelineCoders.register(p);
    PCollectionTuple read = p.apply("ListCans",
            Create.of(c.cans()).withCoder(SerializableCoder.of(CanFile.class)))
        .apply("ReadCans", new ReadCans());
    PCollectionTuple parsed = read.get(ReadCans.ENTRIES)
        .apply("ParseMeasurements", new ParseMeasurements(c.filter()));
    PCollectionTuple kept = limit(parsed.get(ParseMeasurements.PARSED), c.stopAfter())
        .apply("ProcessMeasurements", new ProcessMeasurements(c.fingerprints(), c.snapshotsDir()))
        .apply("DedupeMeasurements", new DedupeMeasurements())
        .apply("EmitOutcomes", new EmitOutcomes());
    PCollection<Row> rows = kept.get(EmitOutcomes.ROWS).apply("DistinctRows", new DistinctRows());
    PCollection<Failure> failures = PCollectionList.of(read.get(ReadCans.FAILURES))
        .and(parsed.get(ParseMeasurements.FAILURES))
        .and(kept.get(EmitOutcomes.FAILURES))
        .apply("CollectFailures", Flatten.pCollections());
    StoreWrites.attach(rows, failures, c);
    PCollection<String> digest = c.exportDir() == null ? null : export(rows, failures, c.exportDir());
    return new Outputs(rows, failures, digest);
  }

  private static PCollection<ParsedMeasurement> limit(PCollection<ParsedMeasurement> all, long n) {
    if (n == 0) {
      return all;
    }
    return all.apply("StopAfter", Top.of((int) Math.min(n, Integer.MAX_VALUE), new ByUidDescending()))
        .apply("FlattenStopAfter", Flatten.iterables());
  }

  private static PCollection<String> export(PCollection<Row> rows, PCollection<Failure> failures,
      String dir) {
    PCollection<String> rowLines = rows.apply("RowLines",
        MapElements.into(TypeDescriptors.strings()).via(CanonicalLines::of));
    PCollection<String> failureLines = failures.apply("FailureLines",
        MapElements.into(TypeDescriptors.strings()).via(CanonicalLines::of));
    return PCollectionList.of(rowLines).and(failureLines)
        .apply("CollectLines", Flatten.pCollections())
        .apply("ExportRows", new ExportRows(dir));
  }

  /** Top.of keeps the greatest; ordering by descending uid keeps the smallest uids. */
  static final class ByUidDescending implements Comparator<ParsedMeasurement>, Serializable {
    @Override
    public int compare(ParsedMeasurement a, ParsedMeasurement b) {
      return b.uid().compareTo(a.uid());
    }
  }
}
