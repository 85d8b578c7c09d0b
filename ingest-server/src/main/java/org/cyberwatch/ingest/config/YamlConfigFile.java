package org.cyberwatch.ingest.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The YAML config file: nested mappings whose dotted paths are the config-file keys ({@code
 * spool: {dir: /var/spool}} is {@code spool.dir}); scalar values only. An unknown key is an error,
 * so a typo does not silently fall back to a default.
 */
final class YamlConfigFile {

  private static final YAMLMapper YAML = new YAMLMapper();

  private YamlConfigFile() {}

  /** The file's settings by config-file key. */
  static Map<ConfigKey, String> read(Path file) throws ConfigException {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(ConfigKey.CONFIG, ConfigSource.FILE,
          "cannot read YAML file " + file + ": " + e.getMessage());
    }
    Map<ConfigKey, String> out = new LinkedHashMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return out;
    }
    if (!root.isObject()) {
      throw new ConfigException(ConfigKey.CONFIG, ConfigSource.FILE, file + " must hold a YAML mapping");
    }
    flatten("", root, file, out);
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Path file, Map<ConfigKey, String> out)
      throws ConfigException {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = prefix + f.getKey();
      JsonNode value = f.getValue();
      if (value.isObject()) {
        flatten(key + ".", value, file, out);
        continue;
      }
      ConfigKey k = ConfigKey.forFileKey(key)
          .orElseThrow(() -> new ConfigException(key, "file " + file, "unknown key"));
      if (value.isArray()) {
        throw new ConfigException(k, ConfigSource.FILE, "must be a single value, not a list");
      }
      out.put(k, value.isNull() ? "" : value.asText());
    }
  }
}
