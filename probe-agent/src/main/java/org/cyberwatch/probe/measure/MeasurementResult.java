package org.cyberwatch.probe.measure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * What one measurement produced, before the envelope is added: when it started, how long it ran
 * and its {@code test_keys} (valid against {@code schemas/…/test_keys/<test>.schema.json}).
 *
 * @param input the measured input as it goes into the envelope's {@code input} (may be null for
 *     tests without input)
 * @param startTime when the measurement started
 * @param runtimeSeconds the envelope's {@code test_runtime}
 * @param testKeys the test keys; the caller must not modify them
 */
public record MeasurementResult(
    String input, Instant startTime, double runtimeSeconds, ObjectNode testKeys) {
  public MeasurementResult {
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(testKeys, "testKeys");
    if (!(runtimeSeconds >= 0)) {
      throw new IllegalArgumentException("runtimeSeconds must be >= 0: " + runtimeSeconds);
    }
  }
}
