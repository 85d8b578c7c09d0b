package org.cyberwatch.ingest.config;

/** Where a setting's value came from, highest precedence first. */
public enum ConfigSource {
  FLAG("flag"),
  ENV("env"),
  FILE("file"),
  DEFAULT("default");

  private final String label;

  ConfigSource(String label) {
    this.label = label;
  }

  /** The lower-case name used in logs and messages. */
  public String label() {
    return label;
  }
}
