package org.cyberwatch.ingest.config;

/**
 * A setting is invalid, or the config file cannot be read. The message names the key (its
 * config-file name, or the flag) and where the value came from; the server exits with code 2.
 */
public final class ConfigException extends Exception {

  private final String key;

  /** A problem with {@code key}, whose value came from {@code source}. */
  public ConfigException(ConfigKey key, ConfigSource source, String problem) {
    this(key.displayName(), source.label(), problem);
  }

  /** A problem with a key that may not exist (e.g. an unknown key in the file). */
  public ConfigException(String key, String where, String problem) {
    super(key + " (from " + where + "): " + problem);
    this.key = key;
  }

  /** The offending key's name. */
  public String key() {
    return key;
  }
}
