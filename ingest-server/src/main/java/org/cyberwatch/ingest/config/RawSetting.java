package org.cyberwatch.ingest.config;

/**
 * One setting's text before it is parsed, with its origin.
 *
 * @param key the setting
 * @param value its text (may be empty, never null)
 * @param source where it came from
 */
public record RawSetting(ConfigKey key, String value, ConfigSource source) {

  /** Requires every part. */
  public RawSetting {
    if (key == null || value == null || source == null) {
      throw new IllegalArgumentException("key, value, source: must not be null");
    }
  }

  /** The value for the log: secrets redacted. */
  public String printable() {
    return key.secret() && !value.isEmpty() ? "<redacted>" : value;
  }
}
