package org.cyberwatch.probe.dnsfeed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tails a dnsmasq/FTL query log: each call reads the complete lines appended since the last one
 * (at most {@link #MAX_BYTES_PER_READ} bytes, so memory stays small). A file that shrank or was
 * replaced (log rotation) is read again from its start; a partial last line waits for the next
 * call.
 */
public final class DnsLogTailer implements DnsEventReader {
  /** Upper bound of bytes read per call. */
  public static final int MAX_BYTES_PER_READ = 1 << 20;

  private final Path file;
  private long position;
  private Object fileKey;
  private boolean started;
  private final boolean fromStart;

  /**
   * A tailer of {@code file}.
   *
   * @param fromStart read the lines already in the file on the first call (for {@code --once});
   *     otherwise start at its end
   */
  public DnsLogTailer(Path file, boolean fromStart) {
    this.file = Objects.requireNonNull(file, "file");
    this.fromStart = fromStart;
  }

  @Override
  public List<DnsQueryEvent> readNew(int max) throws IOException {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return List.of();
    }
    if (!started) {
      started = true;
      fileKey = attrs.fileKey();
      position = fromStart ? 0 : attrs.size();
    } else if (attrs.size() < position || !Objects.equals(fileKey, attrs.fileKey())) {
      fileKey = attrs.fileKey();
      position = 0;
    }
    if (attrs.size() == position) {
      return List.of();
    }
    return readLines(max);
  }

  private List<DnsQueryEvent> readLines(int max) throws IOException {
    List<DnsQueryEvent> out = new ArrayList<>();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(MAX_BYTES_PER_READ,
          Math.max(0, ch.size() - position)));
      ch.read(buf, position);
      byte[] bytes = buf.array();
      int lineStart = 0;
      for (int i = 0; i < buf.position() && out.size() < max; i++) {
        if (bytes[i] == '\n') {
          String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
          DnsmasqLogLine.parse(line).ifPresent(out::add);
          lineStart = i + 1;
        }
      }
      position += lineStart;
    }
    return out;
  }
}
