package org.cyberwatch.schemas.validate;

/**
 * One way a JSON document breaks its schema.
 *
 * @param path JSON path of the offending value, e.g. {@code $.test_keys.hops[0].ttl}; for a missing
 *     required property (and for a property that is not allowed) it names that property, e.g.
 *     {@code $.report_id}
 * @param keyword the JSON Schema keyword that failed ({@code required}, {@code pattern},
 *     {@code minimum}, {@code enum}, ...)
 * @param message a human-readable explanation in English
 */
public record Violation(String path, String keyword, String message) {

  /** Checks that every component is present and that {@code path} is a JSON path. */
  public Violation {
    if (path == null || !path.startsWith("$")) {
      throw new IllegalArgumentException("path must be a JSON path starting with $: " + path);
    }
    if (keyword == null || keyword.isBlank()) {
      throw new IllegalArgumentException("keyword must not be blank");
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
  }

  /** This violation as if the validated document sat under {@code parentPath} in a larger one. */
  Violation under(String parentPath) {
    return new Violation(parentPath + path.substring(1), keyword, message);
  }
}
