package org.cyberwatch.probe.schedule;

/** How a measurement ended, as far as scheduling cares. */
public enum Outcome {
  /** Measured, no failure in the test keys. */
  SUCCESS,
  /** Measured, but the test keys report a network failure: back off this target and its AS. */
  FAILURE,
  /** The measurer could not measure this input at all: the task is dropped, never repeated. */
  INVALID
}
