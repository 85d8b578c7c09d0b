package org.cyberwatch.ingest.spool;

import java.nio.file.Path;

/**
 * The directories under the spool root, in one place:
 *
 * <pre>
 * journal/&lt;seq 10 digits&gt;.wal        durable copy of every acknowledged measurement
 * incoming/&lt;bucket&gt;/&lt;uid&gt;.post       readable copy (materialized after each group commit)
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

  /** Materialized POST bodies, one directory per bucket. */
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

  /** Where the POST body of {@code uid} is materialized: {@code incoming/<bucket>/<uid>.post}. */
  public Path postFile(String uid) {
    return incoming().resolve(SpoolRecord.bucketOf(uid)).resolve(uid + ".post");
  }
}
