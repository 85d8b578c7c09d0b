package org.cyberwatch.pipelines.parse;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.read.SourcedEntry;

/**
 * Parses can entries into measurements and gives each its identity ({@link MeasurementIdentity}).
 *
 * <p>Input: {@link SourcedEntry}. Output: {@link ParsedMeasurement} on {@link #PARSED}, for
 * measurements the {@link MeasurementFilter} keeps (the others are counted as filtered). Diverted
 * to {@link #FAILURES}: invalid JSON and documents without the envelope fields every measurement
 * has ({@code parse/invalid_json}, {@code parse/invalid_<field>}).
 */
public final class ParseMeasurements extends PTransform<PCollection<SourcedEntry>, PCollectionTuple> {
  public static final TupleTag<ParsedMeasurement> PARSED = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  private final MeasurementFilter filter;

  public ParseMeasurements(MeasurementFilter filter) {
    this.filter = filter;
  }

  @Override
  public PCollectionTuple expand(PCollection<SourcedEntry> entries) {
    return entries.apply(
        "ParseMeasurement",
        ParDo.of(new ParseMeasurementFn(filter)).withOutputTags(PARSED, TupleTagList.of(FAILURES)));
  }
}
