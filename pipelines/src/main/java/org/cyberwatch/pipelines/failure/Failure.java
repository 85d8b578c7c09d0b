package org.cyberwatch.pipelines.failure;

import java.io.Serializable;

/**
 * A dead letter: an input or row a stage could not use, with enough context to find and replay it.
 * Written to the {@code failures} table and/or failure files; never silently dropped.
 *
 * @param stage the stage that gave up ({@code read}, {@code parse}, {@code score}, {@code enrich},
 *     {@code load})
 * @param reason machine-readable {@code stage/cause}, e.g. {@code parse/invalid_json}
 * @param message human-readable detail
 * @param sourceCan the can it came from, or null
 * @param sourceLine the line (jsonl) or member number (postcan) in that can, or -1
 * @param measurementUid the measurement's uid when known, or null
 * @param payload the original text (shortened to {@link #MAX_PAYLOAD_CHARS}), or null
 */
public record Failure(
    String stage,
    String reason,
    String message,
    String sourceCan,
    long sourceLine,
    String measurementUid,
    String payload)
    implements Serializable {
  /** Longest payload kept; the source can + line lead to the rest. */
  public static final int MAX_PAYLOAD_CHARS = 64 * 1024;

  public Failure {
    if (stage == null || stage.isBlank()) {
      throw new IllegalArgumentException("stage: must not be blank");
    }
    if (reason == null || !reason.contains("/")) {
      throw new IllegalArgumentException("reason: must be stage/cause, got " + reason);
    }
    if (message == null) {
      throw new IllegalArgumentException("message: must not be null");
    }
    if (payload != null && payload.length() > MAX_PAYLOAD_CHARS) {
      payload = payload.substring(0, MAX_PAYLOAD_CHARS);
    }
  }
}
