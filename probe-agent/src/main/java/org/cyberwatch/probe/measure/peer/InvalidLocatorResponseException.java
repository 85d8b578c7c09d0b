package org.cyberwatch.probe.measure.peer;

/** The peer locator answered, but not with a locator answer. */
public final class InvalidLocatorResponseException extends Exception {

  private static final long serialVersionUID = 1L;

  /** {@code detail} says what was wrong (never the body itself: it may hold addresses). */
  public InvalidLocatorResponseException(String detail) {
    super(detail);
  }
}
