package org.cyberwatch.ingest.spool;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The segment being appended to: its channel and what it holds so far. */
final class OpenSegment {

  final FileChannel channel;
  private SegmentInfo info;

  private OpenSegment(FileChannel channel, long seq) {
    this.channel = channel;
    this.info = SegmentInfo.empty(seq);
  }

  /** Creates the segment file (it must not exist) and makes its directory entry durable. */
  static OpenSegment create(Path dir, long seq) throws IOException {
    Path path = Journal.segmentPath(dir, seq);
    FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      DurableFiles.fsyncDirectory(dir);
    } catch (IOException e) {
      ch.close();
      throw e;
    }
    return new OpenSegment(ch, seq);
  }

  SegmentInfo info() {
    return info;
  }

  void appended(SpoolRecord r, long frameBytes) {
    info = info.plus(r.hour(), frameBytes);
  }
}
