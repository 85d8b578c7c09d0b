package org.cyberwatch.pipelines.process;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.beam.sdk.transforms.DoFn;
import org.cyberwatch.pipelines.enrich.SnapshotLookups;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.pipelines.score.ScorerRegistry;

/** See {@link ProcessMeasurements}. Scorers and snapshots are loaded once per worker JVM. */
final class ProcessMeasurementFn extends DoFn<ParsedMeasurement, ProcessedMeasurement> {
  private final String fingerprintsPath;
  private final String snapshotsDir;
  private transient MeasurementProcessor processor;

  ProcessMeasurementFn(String fingerprintsPath, String snapshotsDir) {
    this.fingerprintsPath = fingerprintsPath;
    this.snapshotsDir = snapshotsDir;
  }

  @Setup
  public void setup() throws IOException {
    SnapshotLookups lookups = snapshotsDir == null ? null : SnapshotLookups.of(Path.of(snapshotsDir));
    processor = new MeasurementProcessor(ScorerRegistry.get(fingerprintsPath), lookups);
  }

  @ProcessElement
  public void process(@Element ParsedMeasurement m, OutputReceiver<ProcessedMeasurement> out) {
    out.output(processor.process(m));
  }
}
