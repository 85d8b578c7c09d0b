package org.cyberwatch.probe.submit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One finished measurement in the outbox.
 *
 * @param id file name without extension; sorts in creation order
 * @param file the file holding the measurement JSON
 * @param bytes its size
 * @param kind what it holds (a measurement envelope or a tunnel telemetry report)
 */
public record OutboxEntry(String id, Path file, long bytes, OutboxKind kind) {
  public OutboxEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes: must not be negative");
    }
  }
}
