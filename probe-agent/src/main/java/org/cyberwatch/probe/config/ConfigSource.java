package org.cyberwatch.probe.config;

/** Where an effective setting came from, highest precedence first. */
public enum ConfigSource {
  /** A command-line flag. */
  FLAG,
  /** An environment variable. */
  ENV,
  /** The YAML config file. */
  FILE,
  /** The built-in default. */
  DEFAULT
}
