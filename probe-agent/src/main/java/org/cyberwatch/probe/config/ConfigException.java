package org.cyberwatch.probe.config;

/**
 * A setting is invalid; names the key (as flag, env and YAML name) and where the value came from.
 * The agent exits with code 2 on it.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient ConfigKey key;

  /** A problem with {@code key}'s value from {@code source}. */
  public ConfigException(ConfigKey key, ConfigSource source, String message) {
    super(key.yamlKey() + " (" + key.flag() + ", " + key.env() + ", from "
        + source.name().toLowerCase(java.util.Locale.ROOT) + "): " + message);
    this.key = key;
  }

  /** A problem not tied to one key (an unreadable or malformed config file). */
  public ConfigException(String message, Throwable cause) {
    super(message, cause);
    this.key = null;
  }

  /** The key at fault, or null for a file-level problem. */
  public ConfigKey key() {
    return key;
  }
}
