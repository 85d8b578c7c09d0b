package org.cyberwatch.pipelines.coders;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.cyberwatch.pipelines.enrich.EnrichedMeasurement;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.load.aggregate.GraphKey;
import org.cyberwatch.pipelines.load.aggregate.GraphKeyCoder;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.pipelines.process.ProcessedMeasurement;
import org.cyberwatch.pipelines.read.CanFile;
import org.cyberwatch.pipelines.read.SourcedEntry;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.score.ScoredMeasurement;

/**
 * Registers a coder for every record the pipelines pass between steps, in one place (Beam's schema
 * inference does not handle records, apache/beam#27802). Hot types get compact binary coders;
 * rare ones (failures, can listings) use Java serialization.
 */
public final class PipelineCoders {
  private PipelineCoders() {}

  /** Registers them all on {@code pipeline}. */
  public static void register(Pipeline pipeline) {
    CoderRegistry registry = pipeline.getCoderRegistry();
    registry.registerCoderForClass(SourcedEntry.class, SourcedEntryCoder.INSTANCE);
    registry.registerCoderForClass(ParsedMeasurement.class, ParsedMeasurementCoder.INSTANCE);
    registry.registerCoderForClass(ProcessedMeasurement.class, ProcessedMeasurementCoder.INSTANCE);
    registry.registerCoderForClass(ScoredMeasurement.class, ScoredMeasurementCoder.INSTANCE);
    registry.registerCoderForClass(EnrichedMeasurement.class, EnrichedMeasurementCoder.INSTANCE);
    registry.registerCoderForClass(Row.class, RowCoder.INSTANCE);
    registry.registerCoderForClass(GraphKey.class, GraphKeyCoder.of());
    registry.registerCoderForClass(CanFile.class, SerializableCoder.of(CanFile.class));
    registry.registerCoderForClass(Failure.class, SerializableCoder.of(Failure.class));
  }
}
