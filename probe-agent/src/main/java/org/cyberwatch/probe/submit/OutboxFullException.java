package org.cyberwatch.probe.submit;

/** The outbox's disk budget has no room for another measurement. */
public final class OutboxFullException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The outbox holds {@code bytes} of {@code maxBytes} and {@code needed} more do not fit. */
  public OutboxFullException(long bytes, long maxBytes, long needed) {
    super("outbox full: " + bytes + " of " + maxBytes + " bytes used, " + needed + " more needed");
  }
}
