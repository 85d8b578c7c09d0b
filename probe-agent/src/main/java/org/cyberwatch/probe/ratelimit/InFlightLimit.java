package org.cyberwatch.probe.ratelimit;

/**
 * Caps the measurements running at once; the cap can change while running (a lower cap takes
 * effect as running measurements finish).
 */
public final class InFlightLimit {
  private int limit;
  private int inFlight;

  /** A cap of {@code limit}. */
  public InFlightLimit(int limit) {
    setLimit(limit);
  }

  /** Changes the cap. */
  public synchronized void setLimit(int newLimit) {
    if (newLimit < 1) {
      throw new IllegalArgumentException("limit: must be at least 1, got " + newLimit);
    }
    limit = newLimit;
    notifyAll();
  }

  /** Waits for a free slot and takes it. */
  public synchronized void acquire() throws InterruptedException {
    while (inFlight >= limit) {
      wait();
    }
    inFlight++;
  }

  /** Gives a slot back. */
  public synchronized void release() {
    inFlight--;
    notifyAll();
  }

  /** Measurements running now. */
  public synchronized int inFlight() {
    return inFlight;
  }
}
