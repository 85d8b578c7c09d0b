package org.cyberwatch.ingest.upload;

import java.util.regex.Pattern;

/** The keys a blob store accepts: relative, {@code /}-separated, no empty or dot segments. */
final class BlobKeys {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  private BlobKeys() {}

  /**
   * Returns {@code key} when safe as a relative path.
   *
   * @throws IllegalArgumentException naming {@code key} otherwise
   */
  static String check(String key) {
    if (key == null || key.length() > 1000 || !SAFE.matcher(key).matches()
        || ("/" + key + "/").contains("/../") || ("/" + key + "/").contains("/./")) {
      throw new IllegalArgumentException("key: must be a relative path without . or .., got '" + key + "'");
    }
    return key;
  }

  /** A prefix to list: "" or a safe key, optionally ending in {@code /}. */
  static String checkPrefix(String prefix) {
    if (prefix.isEmpty()) {
      return prefix;
    }
    check(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
    return prefix;
  }
}
