package org.cyberwatch.ingest.batch;

import java.io.IOException;
import java.util.Optional;
import org.cyberwatch.ingest.spool.Frame;
import org.cyberwatch.ingest.spool.Journal;
import org.cyberwatch.ingest.spool.PostFiles;
import org.cyberwatch.ingest.spool.SegmentReader;

/**
 * Deletes what a committed seal made redundant: for each consumed segment, first the post files of
 * its records, then the segment (so a crash in between leaves the segment, and the post files are
 * found again by repeating this). Idempotent.
 */
final class SegmentConsumer {

  private final Journal journal;
  private final PostFiles posts;
  private final SealProbe probe;

  SegmentConsumer(Journal journal, PostFiles posts, SealProbe probe) {
    this.journal = journal;
    this.posts = posts;
    this.probe = probe;
  }

  /** Consumes the segments of {@code manifest}, then marks {@code dir} consumed. */
  void consume(Outbox.SealDir dir, SealManifest manifest) throws IOException {
    for (long seq : manifest.segments()) {
      if (journal.isClosed(seq)) {
        deletePosts(seq);
        journal.delete(seq);
        probe.reached(SealStep.SEGMENT_CONSUMED);
      }
    }
    Outbox.markConsumed(dir);
    probe.reached(SealStep.CONSUMED_MARKED);
  }

  private void deletePosts(long seq) throws IOException {
    try (SegmentReader reader = journal.reader(seq)) {
      Optional<Frame> f;
      while ((f = reader.next()).isPresent()) {
        posts.delete(f.get().record().uid());
      }
    }
  }
}
