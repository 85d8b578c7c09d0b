package org.cyberwatch.ingest.spool;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Reads the frames of one journal segment, sequentially ({@link #next()}) or at a known position
 * ({@link #readAt}); memory is one frame. Every frame's length, CRC and parts are checked.
 */
public final class SegmentReader implements Closeable {

  private final FileChannel channel;
  private final String name;
  private long position;

  private SegmentReader(FileChannel channel, String name) {
    this.channel = channel;
    this.name = name;
  }

  /** Opens a segment file for reading. */
  public static SegmentReader open(Path segment) throws IOException {
    return new SegmentReader(FileChannel.open(segment, StandardOpenOption.READ),
        segment.getFileName().toString());
  }

  /**
   * The frame after the previous one (the first on the first call), or empty at the end.
   *
   * @throws TornFrameException when the bytes there are not a whole valid frame
   */
  public Optional<Frame> next() throws IOException {
    Optional<Frame> f = readAt(position);
    f.ifPresent(frame -> position = frame.end());
    return f;
  }

  /** Where {@link #next()} reads next: the end of the last valid frame read. */
  public long position() {
    return position;
  }

  /**
   * The frame at {@code at}, or empty when {@code at} is the end of the file.
   *
   * @throws TornFrameException when the bytes there are not a whole valid frame
   */
  public Optional<Frame> readAt(long at) throws IOException {
    long size = channel.size();
    if (at == size) {
      return Optional.empty();
    }
    if (size - at < JournalFrame.HEADER_BYTES) {
      throw torn(at, "partial frame header");
    }
    ByteBuffer head = readFully(at, JournalFrame.HEADER_BYTES);
    int magic = head.getInt();
    int length = head.getInt();
    int crc = head.getInt();
    if (magic != JournalFrame.MAGIC) {
      throw torn(at, "no frame magic");
    }
    if (length < 0 || length > JournalFrame.MAX_PAYLOAD_BYTES
        || length > size - at - JournalFrame.HEADER_BYTES) {
      throw torn(at, "frame length " + length + " runs past the end");
    }
    ByteBuffer payload = readFully(at + JournalFrame.HEADER_BYTES, length);
    if (!JournalFrame.crcMatches(payload, crc)) {
      throw torn(at, "CRC mismatch");
    }
    try {
      SpoolRecord r = JournalFrame.decode(payload);
      return Optional.of(new Frame(at, at + JournalFrame.HEADER_BYTES + length, r));
    } catch (IllegalArgumentException e) {
      throw torn(at, "bad payload: " + e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private ByteBuffer readFully(long at, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length);
    while (b.hasRemaining()) {
      if (channel.read(b, at + b.position()) < 0) {
        throw torn(at, "unexpected end of file");
      }
    }
    return b.flip();
  }

  private TornFrameException torn(long at, String why) {
    return new TornFrameException(at, name + ": " + why);
  }
}
