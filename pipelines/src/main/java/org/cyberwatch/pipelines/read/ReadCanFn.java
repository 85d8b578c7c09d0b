package org.cyberwatch.pipelines.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.metrics.PipelineMetrics;
import org.cyberwatch.schemas.can.CanEntry;
import org.cyberwatch.schemas.can.CanFormatException;
import org.cyberwatch.schemas.can.CanReader;

/** Streams one can's entries; see {@link ReadCans}. */
final class ReadCanFn extends DoFn<CanFile, SourcedEntry> {
  private final Counter cans = PipelineMetrics.counter(PipelineMetrics.CANS_READ);
  private final Counter entries = PipelineMetrics.counter(PipelineMetrics.ENTRIES_READ);
  private final Counter failures = PipelineMetrics.counter(PipelineMetrics.READ_FAILURES);
  private final Counter corrupt = PipelineMetrics.counter(PipelineMetrics.CORRUPT_CANS);

  @ProcessElement
  public void process(@Element CanFile can, MultiOutputReceiver out) throws IOException {
    ResourceId id = FileSystems.matchNewResource(can.path(), false);
    try (InputStream in = Channels.newInputStream(FileSystems.open(id));
        CanReader reader = CanReader.open(in, id.getFilename(), CanReader.Mode.RAW)) {
      cans.inc();
      while (reader.hasNext()) {
        emit(can.path(), reader.next(), out);
      }
    } catch (CanFormatException e) {
      corrupt.inc();
      out.get(ReadCans.FAILURES)
          .output(new Failure("read", "read/corrupt_can", e.getMessage(), can.path(),
              e.entriesRead(), null, null));
    }
  }

  private void emit(String path, CanEntry entry, MultiOutputReceiver out) {
    entries.inc();
    if (entry.ok()) {
      out.get(ReadCans.ENTRIES)
          .output(new SourcedEntry(path, entry.number(), entry.measurementUid(), entry.json()));
      return;
    }
    failures.inc();
    String payload = entry.json() == null ? null : new String(entry.json(), StandardCharsets.UTF_8);
    out.get(ReadCans.FAILURES)
        .output(new Failure("read", entry.problem().reason(), entry.problem().message(), path,
            entry.number(), entry.measurementUid(), payload));
  }
}
