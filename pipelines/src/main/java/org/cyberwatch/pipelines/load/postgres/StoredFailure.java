package org.cyberwatch.pipelines.load.postgres;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cyberwatch.pipelines.failure.Failure;

/**
 * A {@link Failure} as the {@code failures} table stores it: text without NUL characters
 * (PostgreSQL text cannot hold them; each becomes U+FFFD) and no source line below 0 or above the
 * integer range (NULL instead).
 */
record StoredFailure(
    String stage,
    String reason,
    String message,
    String sourceCan,
    Integer sourceLine,
    String measurementUid,
    String payload)
    implements Serializable {

  static StoredFailure of(Failure f) {
    Integer line = f.sourceLine() >= 0 && f.sourceLine() <= Integer.MAX_VALUE ? (int) f.sourceLine() : null;
    return new StoredFailure(clean(f.stage()), clean(f.reason()), clean(f.message()),
        clean(f.sourceCan()), line, clean(f.measurementUid()), clean(f.payload()));
  }

  /**
   * The text {@code failures.failure_key} is generated from (as in V1: NULL and empty alike), as a
   * SHA-256 hex: failures with equal keys would hit one row twice in one batch.
   */
  String key() {
    String text = String.join("|", stage, reason, orEmpty(sourceCan),
        sourceLine == null ? "" : sourceLine.toString(), orEmpty(measurementUid), orEmpty(payload));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String clean(String text) {
    return text == null ? null : text.replace('\u0000', '\uFFFD');
  }
}
