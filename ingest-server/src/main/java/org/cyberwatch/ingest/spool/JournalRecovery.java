package org.cyberwatch.ingest.spool;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the journal directory back to a clean state at open: every segment is scanned; a torn
 * tail of the last one (frames of a group commit that never completed, so never acknowledged) is
 * cut off; a bad frame anywhere else is corruption of acknowledged data and stops the open; empty
 * segments are deleted.
 */
final class JournalRecovery {

  private static final Logger LOG = LoggerFactory.getLogger(JournalRecovery.class);

  private JournalRecovery() {}

  /** Receives each valid frame found, with its segment number. */
  @FunctionalInterface
  interface FrameSink {
    void accept(long seq, Frame frame);
  }

  /** The non-empty segments, in order; each valid frame is handed to {@code recovered}. */
  static List<SegmentInfo> recover(Path dir, FrameSink recovered) throws IOException {
    List<Long> seqs = segmentSeqs(dir);
    List<SegmentInfo> kept = new ArrayList<>();
    for (int i = 0; i < seqs.size(); i++) {
      long seq = seqs.get(i);
      SegmentInfo info = scan(dir, seq, i == seqs.size() - 1, recovered);
      if (info.records() == 0) {
        Files.delete(Journal.segmentPath(dir, seq));
      } else {
        kept.add(info);
      }
    }
    DurableFiles.fsyncDirectory(dir);
    return kept;
  }

  /** Seqs of the segment files in {@code dir}, ascending. */
  static List<Long> segmentSeqs(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("\\d{10}\\.wal"))
          .map(n -> Long.parseLong(n.substring(0, 10)))
          .sorted()
          .toList();
    }
  }

  private static SegmentInfo scan(Path dir, long seq, boolean last, FrameSink recovered)
      throws IOException {
    Path path = Journal.segmentPath(dir, seq);
    SegmentInfo info = SegmentInfo.empty(seq);
    try (SegmentReader reader = SegmentReader.open(path)) {
      Optional<Frame> f;
      while ((f = reader.next()).isPresent()) {
        info = info.plus(f.get().record().hour(), f.get().end() - f.get().position());
        recovered.accept(seq, f.get());
      }
    } catch (TornFrameException e) {
      if (!last) {
        throw new IOException("journal segment " + path + " is corrupt before its end (" + e.getMessage()
            + "); it holds acknowledged measurements: inspect it, move it aside to start", e);
      }
      truncate(path, e.position());
    }
    return info;
  }

  private static void truncate(Path path, long at) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
      LOG.warn("Cutting torn tail of {}: {} bytes from byte {} (never acknowledged)", path,
          ch.size() - at, at);
      ch.truncate(at);
      ch.force(true);
    }
  }
}
