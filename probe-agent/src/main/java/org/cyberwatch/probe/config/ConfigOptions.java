package org.cyberwatch.probe.config;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Adds one command-line option per {@link ConfigKey} to a picocli command, and reads them back. */
public final class ConfigOptions {
  private ConfigOptions() {}

  /** Adds the options of every key to {@code spec}. */
  public static void addTo(CommandSpec spec) {
    for (ConfigKey key : ConfigKey.values()) {
      String def = key.defaultValue().isEmpty() ? "" : " Default: " + key.defaultValue() + ".";
      OptionSpec.Builder b = OptionSpec.builder(key.flag())
          .paramLabel(key.isList() ? "VALUE[,VALUE...]" : "VALUE")
          .description(key.description() + def + " Env " + key.env() + ", YAML " + key.yamlKey()
              + ".");
      if (key.isList()) {
        b.type(List.class).auxiliaryTypes(String.class).arity("1");
      } else {
        b.type(String.class).arity("1");
      }
      spec.addOption(b.build());
    }
  }

  /** The values given on the command line, by key (keys not given are absent). */
  public static Map<ConfigKey, List<String>> given(CommandSpec spec) {
    Map<ConfigKey, List<String>> out = new EnumMap<>(ConfigKey.class);
    for (ConfigKey key : ConfigKey.values()) {
      OptionSpec o = spec.findOption(key.flag());
      Object v = o == null ? null : o.getValue();
      if (v instanceof List<?> list && !list.isEmpty()) {
        out.put(key, list.stream().map(String::valueOf).toList());
      } else if (v instanceof String s) {
        out.put(key, List.of(s));
      }
    }
    return out;
  }
}
