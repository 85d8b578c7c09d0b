package org.cyberwatch.pipelines.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with an executed notebook: missing, a cell that was not executed, an error output,
 * or no plot (an {@code image/png} output) at all.
 */
final class NotebookCheck {
  private NotebookCheck() {}

  static List<String> problems(Path notebook) throws IOException {
    List<String> problems = new ArrayList<>();
    if (!Files.isRegularFile(notebook)) {
      return List.of(notebook.getFileName() + ": not executed (no output file)");
    }
    JsonNode cells = new ObjectMapper().readTree(notebook.toFile()).path("cells");
    int images = 0;
    for (JsonNode cell : cells) {
      if (!"code".equals(cell.path("cell_type").asText())) {
        continue;
      }
      if (cell.path("execution_count").isNull()) {
        problems.add(notebook.getFileName() + ": a code cell was not executed");
      }
      for (JsonNode output : cell.path("outputs")) {
        if ("error".equals(output.path("output_type").asText())) {
          problems.add(notebook.getFileName() + ": " + output.path("ename").asText() + ": "
              + output.path("evalue").asText());
        }
        images += output.path("data").has("image/png") ? 1 : 0;
      }
    }
    if (images == 0) {
      problems.add(notebook.getFileName() + ": no plot");
    }
    return problems;
  }
}
