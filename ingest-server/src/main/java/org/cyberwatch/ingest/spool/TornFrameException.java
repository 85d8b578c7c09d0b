package org.cyberwatch.ingest.spool;

import java.io.IOException;

/** The bytes at a position of a segment are not one whole, valid frame. */
final class TornFrameException extends IOException {

  private final long position;

  TornFrameException(long position, String message) {
    super(message + " at byte " + position);
    this.position = position;
  }

  /** Where the bad frame starts. */
  long position() {
    return position;
  }
}
