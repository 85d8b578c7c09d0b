package org.cyberwatch.ingest.batch;

import java.io.IOException;
import org.cyberwatch.ingest.spool.Journal;

/**
 * Deletes what a committed seal made redundant: each consumed segment (with its records' entries
 * in the spool index), then marks the seal directory consumed. A crash in between leaves
 * segments that repeating this deletes. Idempotent.
 */
final class SegmentConsumer {

  private final Journal journal;
  private final SealProbe probe;

  SegmentConsumer(Journal journal, SealProbe probe) {
    this.journal = journal;
    this.probe = probe;
  }

  /** Consumes the segments of {@code manifest}, then marks {@code dir} consumed. */
  void consume(Outbox.SealDir dir, SealManifest manifest) throws IOException {
    for (long seq : manifest.segments()) {
      if (journal.isClosed(seq)) {
        journal.delete(seq);
        probe.reached(SealStep.SEGMENT_CONSUMED);
      }
    }
    Outbox.markConsumed(dir);
    probe.reached(SealStep.CONSUMED_MARKED);
  }
}
