package org.cyberwatch.pipelines.bench;

import java.util.List;

/** Renders {@link Figure}s as a fixed-width text table (also valid Markdown). */
public final class FiguresTable {
  private static final String[] HEADER = {"", "figure", "measured", "target", "verdict"};

  private FiguresTable() {}

  /** The table, one line per figure after a header and a rule line; ends with a newline. */
  public static String render(List<Figure> figures) {
    int[] width = new int[HEADER.length];
    for (int i = 0; i < HEADER.length; i++) {
      width[i] = Math.max(3, HEADER[i].length());
    }
    for (Figure f : figures) {
      String[] cells = cells(f);
      for (int i = 0; i < cells.length; i++) {
        width[i] = Math.max(width[i], cells[i].length());
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, HEADER, width);
    String[] rule = new String[HEADER.length];
    for (int i = 0; i < rule.length; i++) {
      rule[i] = "-".repeat(width[i]);
    }
    line(b, rule, width);
    figures.forEach(f -> line(b, cells(f), width));
    return b.toString();
  }

  private static String[] cells(Figure f) {
    return new String[] {f.id(), f.what(), f.measured(), f.target(), f.verdict().label()};
  }

  private static void line(StringBuilder b, String[] cells, int[] width) {
    b.append('|');
    for (int i = 0; i < cells.length; i++) {
      b.append(' ').append(cells[i]).append(" ".repeat(Math.max(0, width[i] - cells[i].length())))
          .append(" |");
    }
    b.append('\n');
  }
}
