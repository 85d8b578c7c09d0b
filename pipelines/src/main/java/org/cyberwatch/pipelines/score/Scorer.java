package org.cyberwatch.pipelines.score;

import org.cyberwatch.schemas.measurement.Measurement;

/**
 * Scores one measurement of one test type. Implementations are pure: no I/O, clock, logging or
 * Beam types, and the same measurement always gives the same {@link Score}. Get one from {@link
 * Scorers#forTestName(String)}.
 */
@FunctionalInterface
public interface Scorer {

  /** The score of {@code m}; never null, never throws for well-formed measurements. */
  Score score(Measurement m);
}
