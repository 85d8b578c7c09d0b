package org.cyberwatch.ingest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's configuration table lists exactly the settings of {@link ConfigKey} (STYLE.md §10). */
class ConfigTableTest {

  private static final String START = "<!-- config-table -->";
  private static final String END = "<!-- /config-table -->";

  /** Flag, environment variable, file key and default of each row, as the README shows them. */
  private static List<List<String>> readmeRows() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String table = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));
    List<List<String>> rows = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      List<String> cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
      if (cells.size() > 5 && cells.get(2).startsWith("`INGEST_")) {
        rows.add(cells.subList(1, 5));
      }
    }
    return rows;
  }

  private static List<String> row(ConfigKey k) {
    return List.of(
        k.flag().map(f -> "`" + f + " " + k.label() + "`").orElse("—"),
        "`" + k.env() + "`",
        k.fileKey().map(f -> "`" + f + "`").orElse("—"),
        k.defaultValue().map(d -> d.isEmpty() ? "`\"\"`" : "`" + d + "`").orElse("—"));
  }

  @Test
  void readmeTableMatchesTheConfigKeys() throws IOException {
    assertEquals(Arrays.stream(ConfigKey.values()).map(ConfigTableTest::row).toList(), readmeRows());
  }
}
