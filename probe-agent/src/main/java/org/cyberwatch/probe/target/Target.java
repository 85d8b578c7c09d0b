package org.cyberwatch.probe.target;

import java.util.Map;
import java.util.Objects;

/**
 * Something to measure, in the input syntax of the test it is for.
 *
 * @param input the measurement's input ({@code 192.0.2.1}, {@code 192.0.2.1:443}, a URL, ...)
 * @param asn the AS the target was sampled from, 0 when unknown (drives per-ASN backoff)
 * @param annotations strings added to the measurement's {@code annotations} (e.g. the keyed hash
 *     of a feed domain); never a plain domain or client address
 */
public record Target(String input, long asn, Map<String, String> annotations) {
  public Target {
    Objects.requireNonNull(input, "input");
    if (input.isBlank()) {
      throw new IllegalArgumentException("input: must not be blank");
    }
    if (asn < 0) {
      throw new IllegalArgumentException("asn: must not be negative, got " + asn);
    }
    annotations = Map.copyOf(annotations);
  }

  /** A target with no AS and no annotations. */
  public static Target of(String input) {
    return new Target(input, 0, Map.of());
  }
}
