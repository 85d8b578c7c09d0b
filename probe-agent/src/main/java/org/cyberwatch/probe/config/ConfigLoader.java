package org.cyberwatch.probe.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one place that reads settings: command-line flag &gt; environment variable ({@code PROBE_*})
 * &gt; YAML file key &gt; built-in default. No other code reads the environment or config files.
 */
public final class ConfigLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ConfigLoader() {}

  /**
   * Resolves every key.
   *
   * @param flags values given on the command line (only keys that were given)
   * @param env the process environment
   * @throws ConfigException when the config file cannot be read or has an unknown key
   */
  public static ResolvedConfig load(Map<ConfigKey, List<String>> flags, Map<String, String> env)
      throws ConfigException {
    Map<ConfigKey, ConfigValue> values = new EnumMap<>(ConfigKey.class);
    ConfigValue configFile = fromFlagOrEnv(ConfigKey.CONFIG, flags, env);
    values.put(ConfigKey.CONFIG, configFile == null
        ? new ConfigValue(ConfigKey.CONFIG, List.of(), ConfigSource.DEFAULT) : configFile);
    JsonNode yaml = configFile == null ? null : readYaml(configFile);
    for (ConfigKey key : ConfigKey.values()) {
      if (key == ConfigKey.CONFIG) {
        continue;
      }
      ConfigValue v = fromFlagOrEnv(key, flags, env);
      if (v == null && yaml != null) {
        v = fromYaml(key, yaml);
      }
      if (v == null) {
        v = new ConfigValue(key, split(key, key.defaultValue()), ConfigSource.DEFAULT);
      }
      values.put(key, v);
    }
    return new ResolvedConfig(values);
  }

  private static ConfigValue fromFlagOrEnv(
      ConfigKey key, Map<ConfigKey, List<String>> flags, Map<String, String> env) {
    List<String> given = flags.get(key);
    if (given != null && !given.isEmpty()) {
      List<String> parts = new ArrayList<>();
      given.forEach(g -> parts.addAll(split(key, g)));
      return new ConfigValue(key, parts, ConfigSource.FLAG);
    }
    String fromEnv = env.get(key.env());
    if (fromEnv != null) {
      return new ConfigValue(key, split(key, fromEnv), ConfigSource.ENV);
    }
    return null;
  }

  private static ConfigValue fromYaml(ConfigKey key, JsonNode root) throws ConfigException {
    JsonNode node = root;
    for (String part : key.yamlKey().split("\\.")) {
      node = node.path(part);
    }
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode item : node) {
        parts.add(scalar(key, item));
      }
    } else {
      parts.addAll(split(key, scalar(key, node)));
    }
    return new ConfigValue(key, parts, ConfigSource.FILE);
  }

  private static String scalar(ConfigKey key, JsonNode node) throws ConfigException {
    if (!node.isValueNode()) {
      throw new ConfigException(key, ConfigSource.FILE, "must be a scalar or a list of scalars");
    }
    return node.asText();
  }

  private static List<String> split(ConfigKey key, String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    if (!key.isList()) {
      return List.of(text.trim());
    }
    List<String> out = new ArrayList<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  private static JsonNode readYaml(ConfigValue file) throws ConfigException {
    Path path = Path.of(file.single());
    JsonNode root;
    try {
      root = YAML.readTree(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new ConfigException(ConfigKey.CONFIG, file.source(),
          "cannot read YAML file " + path + ": " + e.getMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return YAML.createObjectNode();
    }
    if (!root.isObject()) {
      throw new ConfigException(ConfigKey.CONFIG, file.source(), path + " is not a YAML mapping");
    }
    checkKnown(root, "", file);
    return root;
  }

  private static void checkKnown(JsonNode node, String prefix, ConfigValue file)
      throws ConfigException {
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = prefix + e.getKey();
      if (ConfigKey.forYamlKey(name).isPresent()) {
        continue;
      }
      boolean isSection = e.getValue().isObject() && java.util.Arrays.stream(ConfigKey.values())
          .anyMatch(k -> k.yamlKey().startsWith(name + "."));
      if (!isSection) {
        throw new ConfigException(ConfigKey.CONFIG, file.source(),
            "unknown key '" + name + "' in " + file.single());
      }
      checkKnown(e.getValue(), name + ".", file);
    }
  }
}
