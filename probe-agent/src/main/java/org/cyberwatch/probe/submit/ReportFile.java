package org.cyberwatch.probe.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file keeping a {@link ReportBook}'s open reports across restarts ({@code
 * <state.dir>/reports.json}): a JSON array of {@code {collector, test_name, probe_cc, probe_asn,
 * report_id}}, replaced atomically (temp file, fsync, rename, directory fsync). A file that cannot
 * be read or written costs only the reuse of reports, so it is logged, not fatal.
 */
public final class ReportFile {
  private static final Logger LOG = LoggerFactory.getLogger(ReportFile.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  /** The report file at {@code file}. */
  public ReportFile(Path file) {
    this.file = file;
  }

  /** The stored reports; empty when there is no file or it cannot be read. */
  List<JsonNode> read() {
    List<JsonNode> out = new ArrayList<>();
    try {
      JSON.readTree(Files.readAllBytes(file)).forEach(out::add);
    } catch (NoSuchFileException e) {
      return out;
    } catch (IOException e) {
      LOG.warn("event=report_file_unreadable file={} reason={}", file, e.toString());
    }
    return out;
  }

  /** Replaces the stored reports with {@code reports}. */
  void write(ArrayNode reports) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(JSON.writeValueAsBytes(reports));
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
        dir.force(true);
      }
    } catch (IOException e) {
      LOG.warn("event=report_file_write_failed file={} reason={}", file, e.toString());
    }
  }
}
