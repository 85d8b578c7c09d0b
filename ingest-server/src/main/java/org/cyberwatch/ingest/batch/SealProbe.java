package org.cyberwatch.ingest.batch;

/** Called after each {@link SealStep}; tests stop a seal there to simulate a crash. */
@FunctionalInterface
interface SealProbe {

  /** Does nothing. */
  SealProbe NONE = step -> {};

  void reached(SealStep step);
}
