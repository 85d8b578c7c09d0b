package org.cyberwatch.ingest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConfigKeyTest {

  @ParameterizedTest
  @EnumSource(ConfigKey.class)
  void environmentVariableParallelsTheFlag(ConfigKey key) {
    key.flag().ifPresent(flag -> assertEquals(
        "INGEST_" + flag.substring(2).toUpperCase(Locale.ROOT).replace('-', '_'), key.env()));
  }

  @Test
  void onlySecretsHaveNoFlag() {
    List<ConfigKey> withoutFlag = Arrays.stream(ConfigKey.values()).filter(k -> k.flag().isEmpty()).toList();

    assertEquals(withoutFlag, Arrays.stream(ConfigKey.values())
        .filter(k -> k.secret() || k == ConfigKey.S3_ACCESS_KEY).toList());
  }

  @Test
  void fileKeysAreUnique() {
    List<String> keys = Arrays.stream(ConfigKey.values()).flatMap(k -> k.fileKey().stream()).toList();

    assertEquals(keys.size(), keys.stream().collect(Collectors.toSet()).size());
  }
}
