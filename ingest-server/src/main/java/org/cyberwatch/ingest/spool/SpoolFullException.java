package org.cyberwatch.ingest.spool;

/**
 * The spool cannot take a measurement now; nothing was written. The HTTP layer answers 503 with
 * {@code Retry-After}.
 */
public final class SpoolFullException extends Exception {

  /** Why the spool refused. */
  public enum Reason {
    /** Usable disk space is below the configured floor. */
    DISK_FLOOR,
    /** Too many appends are waiting for the committer. */
    QUEUE_FULL
  }

  private final Reason reason;

  /** A refusal for {@code reason}, with detail for the log. */
  public SpoolFullException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why the spool refused. */
  public Reason reason() {
    return reason;
  }
}
