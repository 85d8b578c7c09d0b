package org.cyberwatch.probe.config;

import java.util.List;
import java.util.Objects;

/**
 * The effective raw value(s) of one key and where they came from.
 *
 * @param key the setting
 * @param values its values as text (one for scalar keys, none when unset)
 * @param source where they came from
 */
public record ConfigValue(ConfigKey key, List<String> values, ConfigSource source) {
  public ConfigValue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
    values = List.copyOf(values);
  }

  /** The single value, or empty text when unset. */
  public String single() {
    return values.isEmpty() ? "" : values.get(0);
  }

  /** How the value is shown in the effective-config log line. */
  public String display() {
    if (key.isSecret() && !values.isEmpty()) {
      return "<redacted>";
    }
    return key.isList() ? String.join(",", values) : single();
  }
}
