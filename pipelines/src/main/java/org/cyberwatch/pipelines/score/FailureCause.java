package org.cyberwatch.pipelines.score;

import java.util.Locale;

/**
 * Maps OONI failure strings (df-007: {@code connection_reset}, {@code generic_timeout_error},
 * {@code ssl_invalid_hostname}, ...) to the short cause and stage used in {@link Score#reason()}.
 */
final class FailureCause {

  private static final int MAX_LENGTH = 40;

  private FailureCause() {}

  /** The cause token of a failure string, e.g. {@code reset}, {@code timeout}, {@code refused}. */
  static String of(String failure) {
    if (failure == null || failure.isEmpty()) {
      return "failure";
    }
    String f = failure.toLowerCase(Locale.ROOT);
    if (f.startsWith("unknown_failure")) {
      return "unknown";
    }
    if (f.startsWith("connection_refused")) {
      return "refused";
    }
    if (f.startsWith("connection_reset")) {
      return "reset";
    }
    if (f.contains("timeout") || f.contains("timed_out")) {
      return "timeout";
    }
    if (f.startsWith("dns_nxdomain")) {
      return "nxdomain";
    }
    if (f.startsWith("ssl_") && (f.contains("certificate") || f.contains("authority")
        || f.contains("hostname"))) {
      return "certificate";
    }
    return sanitize(f);
  }

  /** The stage a failure string points at: {@code tls} for {@code ssl_*}, else {@code fallback}. */
  static String stage(String failure, String fallback) {
    return failure != null && failure.startsWith("ssl_") ? "tls" : fallback;
  }

  /** {@code stage/cause} of a failure string. */
  static String reason(String fallbackStage, String failure) {
    return stage(failure, fallbackStage) + "/" + of(failure);
  }

  /** Any text as a reason token: lower case, runs of other characters as {@code _}, capped. */
  static String token(String text) {
    return sanitize(text == null ? "" : text.toLowerCase(Locale.ROOT));
  }

  private static String sanitize(String f) {
    String s = f.replaceAll("[^a-z0-9_]+", "_").replaceAll("_error$", "");
    s = s.replaceAll("^_+|_+$", "");
    if (s.isEmpty()) {
      return "failure";
    }
    return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
  }
}
