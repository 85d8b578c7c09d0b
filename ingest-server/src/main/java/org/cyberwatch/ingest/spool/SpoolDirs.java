package org.cyberwatch.ingest.spool;

import java.nio.file.Path;

/**
 * The directories under the spool root, in one place:
 *
 * <pre>
 * journal/&lt;seq 10 digits&gt;.wal        durable copy of every acknowledged measurement
 * outbox/seal-&lt;seq&gt;/raw/…             sealed cans waiting for upload (see the batch package)
 * state/                            persistent counters (segment, seal and can numbers)
 * </pre>
 *
 * @param root the spool root directory
 */
public record SpoolDirs(Path root) {

  /** Requires a root. */
  public SpoolDirs {
    if (root == null) {
      throw new IllegalArgumentException("root: must not be null");
    }
  }

  /** Journal segments. */
  public Path journal() {
    return root.resolve("journal");
  }

  /**
   * Where older versions kept a {@code .post} copy of each spooled measurement; deleted at open
   * (the journal is the only copy now).
   */
  public Path incoming() {
    return root.resolve("incoming");
  }

  /** Sealed can sets waiting for upload. */
  public Path outbox() {
    return root.resolve("outbox");
  }

  /** Persistent counters. */
  public Path state() {
    return root.resolve("state");
  }
}
