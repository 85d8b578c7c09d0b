package org.cyberwatch.probe.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code <state.dir>/status.json}, rewritten atomically by the running agent; the {@code status}
 * command reads it and adds the outbox depth counted on disk, so it is right even when the agent
 * is stopped.
 */
public final class StatusFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  /** The status file in {@code stateDir}. */
  public StatusFile(Path stateDir) {
    this.file = stateDir.resolve("status.json");
  }

  /** Replaces the file with {@code snapshot}. */
  public void write(StatusSnapshot snapshot) throws IOException {
    Path tmp = file.resolveSibling("status.json.tmp");
    Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(snapshot.toJson()));
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * What the status command prints: the last snapshot (empty object when none) with {@code
   * outbox_on_disk} (pending files in {@code outboxDir}) and {@code status_file}.
   */
  public ObjectNode read(Path outboxDir) throws IOException {
    ObjectNode out = JSON.createObjectNode();
    if (Files.isRegularFile(file)) {
      JsonNode last = JSON.readTree(file.toFile());
      if (last.isObject()) {
        out.setAll((ObjectNode) last);
      }
    }
    out.put("outbox_on_disk", countPending(outboxDir.resolve("pending")));
    out.put("status_file", file.toString());
    return out;
  }

  private static int countPending(Path pending) throws IOException {
    if (!Files.isDirectory(pending)) {
      return 0;
    }
    int n = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(pending, "*.json")) {
      for (Path ignored : ds) {
        n++;
      }
    }
    return n;
  }
}
