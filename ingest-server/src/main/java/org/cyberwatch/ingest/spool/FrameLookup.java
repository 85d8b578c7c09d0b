package org.cyberwatch.ingest.spool;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a spooled record by uid: the {@link SpoolIndex} names the candidate frames, each is read
 * at its position with every check of {@link SegmentReader#readAt} (magic, length, CRC-32C), and
 * the first whose uid matches is the record.
 */
final class FrameLookup {

  private final Path dir;
  private final SpoolIndex index;

  FrameLookup(Path dir, SpoolIndex index) {
    this.dir = dir;
    this.index = index;
  }

  /**
   * The record {@code uid}, or empty when no indexed frame holds it (also when its segment was
   * sealed and deleted after the lookup: the outbox holds it by then).
   *
   * @throws TornFrameException when a candidate frame fails its checks: damaged acknowledged data
   */
  Optional<SpoolRecord> read(String uid) throws IOException {
    for (FramePos pos : index.candidates(uid)) {
      try (SegmentReader reader = SegmentReader.open(Journal.segmentPath(dir, pos.seq()))) {
        Optional<Frame> f = reader.readAt(pos.position());
        if (f.isPresent() && f.get().record().uid().equals(uid)) {
          return f.map(Frame::record);
        }
      } catch (NoSuchFileException sealedMeanwhile) {
        // deleted after the lookup: its seal is committed
      }
    }
    return Optional.empty();
  }
}
