package org.cyberwatch.pipelines.reprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's flag table lists exactly the flags ReprocessOptions declares. */
class ReprocessReadmeTest {
  private static final Pattern ROW = Pattern.compile("^\\| `--([A-Za-z0-9]+)` \\|", Pattern.MULTILINE);

  @Test
  void flagTableMatchesReprocessOptions() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String table = readme.substring(readme.indexOf("<!-- flags-table"), readme.indexOf("<!-- /flags-table"));
    Set<String> documented = new TreeSet<>();
    Matcher m = ROW.matcher(table);
    while (m.find()) {
      documented.add(m.group(1));
    }
    Set<String> declared = new TreeSet<>();
    for (Method method : ReprocessOptions.class.getDeclaredMethods()) {
      String name = method.getName();
      if (name.startsWith("get") && method.getParameterCount() == 0) {
        declared.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
      }
    }
    assertEquals(declared, documented);
  }
}
