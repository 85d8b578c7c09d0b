package org.cyberwatch.schemas.can;

import java.io.IOException;

/** Yields a can's entries one at a time from a decompressed stream. */
interface EntrySource {

  /**
   * The next entry, or null at the end of the can.
   *
   * @throws IOException when the stream is truncated or corrupt
   */
  RawEntry next() throws IOException;
}
