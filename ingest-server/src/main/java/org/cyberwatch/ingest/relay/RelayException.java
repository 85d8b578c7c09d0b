package org.cyberwatch.ingest.relay;

/** The upstream collector did not take a measurement (network error, non-2xx, bad answer). */
public final class RelayException extends Exception {

  /** A failure with detail. */
  public RelayException(String message) {
    super(message);
  }

  /** A failure with its cause. */
  public RelayException(String message, Throwable cause) {
    super(message, cause);
  }
}
