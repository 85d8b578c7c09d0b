package org.cyberwatch.probe.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's configuration table lists exactly the keys of {@link ConfigKey}. */
class ReadmeConfigTableTest {
  @Test
  void readmeTableMatchesTheConfigKeys() throws Exception {
    List<String> rows = Files.readAllLines(Path.of("README.md")).stream()
        .filter(l -> l.startsWith("| `--"))
        .map(l -> {
          String[] cells = l.split("\\|");
          return String.join(" ", cells[1].strip(), cells[2].strip(), cells[3].strip(),
              cells[4].strip());
        })
        .toList();
    List<String> expected = Arrays.stream(ConfigKey.values())
        .map(k -> String.join(" ", "`" + k.flag() + "`", "`" + k.env() + "`",
            k == ConfigKey.CONFIG ? "—" : "`" + k.yamlKey() + "`",
            k.defaultValue().isEmpty() ? "—" : "`" + k.defaultValue() + "`"))
        .toList();
    assertEquals(expected, rows);
  }
}
