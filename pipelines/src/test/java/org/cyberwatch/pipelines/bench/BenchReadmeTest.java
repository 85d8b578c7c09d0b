package org.cyberwatch.pipelines.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Option;

/** The README's "Benchmark" flag table lists exactly the bench command's flags. */
class BenchReadmeTest {
  private static final Pattern FLAG_ROW = Pattern.compile("(?m)^\\| `(--[a-z-]+)[^`]*` \\|");

  @Test
  void flagTableMatchesTheCommandsOptions() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int at = readme.indexOf("\n## Benchmark");
    assertTrue(at >= 0, "README has a Benchmark section");
    List<String> documented = new ArrayList<>();
    Matcher m = FLAG_ROW.matcher(readme.substring(at));
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertEquals(optionNames().stream().sorted().toList(), documented.stream().sorted().toList());
  }

  private static List<String> optionNames() {
    List<String> names = new ArrayList<>();
    for (Field f : BenchCommand.class.getDeclaredFields()) {
      Option o = f.getAnnotation(Option.class);
      if (o != null && !o.usageHelp()) {
        names.add(o.names()[0]);
      }
    }
    return names;
  }
}
