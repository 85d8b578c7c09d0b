package org.cyberwatch.probe.submit;

/**
 * What one pass over the outbox did.
 *
 * @param submitted measurements a collector acknowledged (removed from the outbox)
 * @param rejected measurements every collector refused for good (moved to rejected/)
 * @param unavailable whether the pass stopped because no collector answered
 */
public record DrainResult(int submitted, int rejected, boolean unavailable) {
  public DrainResult {
    if (submitted < 0 || rejected < 0) {
      throw new IllegalArgumentException("submitted/rejected: must not be negative");
    }
  }
}
