package org.cyberwatch.probe.submit;

/** A collector request failed; {@link #kind()} tells what the submitter should do about it. */
public final class CollectorException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** No answer, a 5xx or a 429: try a backup, retry later. */
    UNAVAILABLE,
    /** The report id is unknown or closed (404/410 on submit): open a new report. */
    REPORT_GONE,
    /** The collector refused the request for good (other 4xx, or an answer that makes no sense). */
    REJECTED
  }

  private final Kind kind;
  private final int status;

  /** A failure of {@code kind}; {@code status} is the HTTP status or 0 without an answer. */
  public CollectorException(Kind kind, int status, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
  }

  /** What went wrong. */
  public Kind kind() {
    return kind;
  }

  /** HTTP status, 0 when there was no answer. */
  public int status() {
    return status;
  }
}
