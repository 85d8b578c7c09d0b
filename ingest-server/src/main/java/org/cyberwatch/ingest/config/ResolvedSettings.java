package org.cyberwatch.ingest.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting's winning text by precedence, flag > environment > config file > default, before
 * it is parsed into an {@link IngestConfig}. The only place that reads the environment's {@code
 * INGEST_*} variables and the config file.
 */
public final class ResolvedSettings {

  private final Map<ConfigKey, RawSetting> settings;

  private ResolvedSettings(Map<ConfigKey, RawSetting> settings) {
    this.settings = settings;
  }

  /**
   * Resolves every key.
   *
   * @param flags values given on the command line (keys without a flag are ignored)
   * @param env the process environment (only {@code INGEST_*} variables are read)
   * @throws ConfigException when the config file cannot be read or has an unknown key
   */
  public static ResolvedSettings resolve(Map<ConfigKey, String> flags, Map<String, String> env)
      throws ConfigException {
    Map<ConfigKey, RawSetting> out = new EnumMap<>(ConfigKey.class);
    for (ConfigKey key : ConfigKey.values()) {
      String flag = key.flag().isPresent() ? flags.get(key) : null;
      if (flag != null) {
        out.put(key, new RawSetting(key, flag, ConfigSource.FLAG));
      } else if (env.get(key.env()) != null) {
        out.put(key, new RawSetting(key, env.get(key.env()), ConfigSource.ENV));
      }
    }
    Map<ConfigKey, String> file = out.containsKey(ConfigKey.CONFIG)
        ? YamlConfigFile.read(Path.of(out.get(ConfigKey.CONFIG).value()))
        : Map.of();
    for (ConfigKey key : ConfigKey.values()) {
      if (!out.containsKey(key) && file.containsKey(key)) {
        out.put(key, new RawSetting(key, file.get(key), ConfigSource.FILE));
      } else if (!out.containsKey(key) && key.defaultValue().isPresent()) {
        out.put(key, new RawSetting(key, key.defaultValue().get(), ConfigSource.DEFAULT));
      }
    }
    return new ResolvedSettings(out);
  }

  /** The setting of {@code key}, empty when it is unset (no default, not given). */
  public Optional<RawSetting> get(ConfigKey key) {
    return Optional.ofNullable(settings.get(key));
  }

  /** Every set value in key order, for the start-up log. */
  public List<RawSetting> all() {
    return List.copyOf(new ArrayList<>(settings.values()));
  }

  /** One line per setting, {@code key=value (source)}, secrets redacted. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    for (RawSetting s : all()) {
      b.append("\n  ").append(s.key().displayName()).append('=').append(s.printable())
          .append(" (").append(s.source().label()).append(')');
    }
    return b.toString();
  }
}
