package org.cyberwatch.pipelines.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.metrics.PipelineMetrics;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.pipelines.score.ScoredMeasurement;
import org.cyberwatch.schemas.snapshot.IpMetadataLookup;

/** See {@link EnrichWithIpMetadata}. Snapshot lookups are loaded once per worker JVM. */
final class EnrichFn extends DoFn<ScoredMeasurement, EnrichedMeasurement> {
  private final String snapshotsDir;
  private final Counter enriched = PipelineMetrics.counter(PipelineMetrics.ENRICHED);
  private final Counter failures = PipelineMetrics.counter(PipelineMetrics.ENRICH_FAILURES);
  private transient SnapshotLookups lookups;

  EnrichFn(String snapshotsDir) {
    this.snapshotsDir = snapshotsDir;
  }

  @Setup
  public void setup() throws IOException {
    lookups = snapshotsDir == null ? null : SnapshotLookups.of(Path.of(snapshotsDir));
  }

  @ProcessElement
  public void process(@Element ScoredMeasurement m, MultiOutputReceiver out) {
    ParsedMeasurement p = m.parsed();
    try {
      LocalDate day = LocalDate.ofInstant(p.measurement().startInstant(), ZoneOffset.UTC);
      IpMetadataLookup lookup = lookups == null ? null : lookups.forDay(day);
      Enrichment e = MeasurementEnricher.enrich(p.measurement(), lookup);
      out.get(EnrichWithIpMetadata.ENRICHED).output(new EnrichedMeasurement(m, e));
      enriched.inc();
    } catch (UncheckedIOException e) {
      failures.inc();
      out.get(EnrichWithIpMetadata.FAILURES).output(new Failure("enrich", "enrich/snapshot",
          e.getMessage(), p.sourceCan(), p.sourceLine(), p.uid(), null));
    }
  }
}
