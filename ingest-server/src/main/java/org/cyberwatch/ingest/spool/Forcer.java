package org.cyberwatch.ingest.spool;

import java.io.IOException;
import java.nio.channels.FileChannel;

/** How the journal forces a segment to disk; tests inject failures and count calls. */
@FunctionalInterface
interface Forcer {

  /** The real thing: {@code fdatasync}, which also persists the file size. */
  Forcer FDATASYNC = ch -> ch.force(false);

  void force(FileChannel channel) throws IOException;
}
