package org.cyberwatch.probe.submit;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where finished measurements go.
 *
 * @param collectors collector base URLs in order of preference (later ones are backups)
 * @param outboxDir the durable outbox directory
 * @param outboxMaxBytes disk budget of the outbox
 * @param timeout timeout of one collector request
 */
public record SubmitSettings(List<URI> collectors, Path outboxDir, long outboxMaxBytes,
    Duration timeout) {
  public SubmitSettings {
    collectors = List.copyOf(collectors);
    Objects.requireNonNull(outboxDir, "outboxDir");
    Objects.requireNonNull(timeout, "timeout");
    if (outboxMaxBytes < 1) {
      throw new IllegalArgumentException("outboxMaxBytes: must be above 0");
    }
  }
}
