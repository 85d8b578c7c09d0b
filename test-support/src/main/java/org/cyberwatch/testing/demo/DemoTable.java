package org.cyberwatch.testing.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with left-aligned first column and right-aligned numbers, for the summary. */
final class DemoTable {
  private final List<List<String>> rows = new ArrayList<>();

  DemoTable(List<String> header) {
    rows.add(List.copyOf(header));
  }

  DemoTable addAll(List<List<String>> more) {
    more.forEach(r -> rows.add(List.copyOf(r)));
    return this;
  }

  /** Number of data rows (without the header). */
  int size() {
    return rows.size() - 1;
  }

  void print(PrintStream out, String indent) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], String.valueOf(row.get(i)).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        String cell = String.valueOf(row.get(i));
        String pad = " ".repeat(width[i] - cell.length());
        line.append(i == 0 ? cell + pad : pad + cell).append(i + 1 < columns ? "  " : "");
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
