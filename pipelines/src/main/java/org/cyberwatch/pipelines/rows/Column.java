package org.cyberwatch.pipelines.rows;

/**
 * One column of a loaded table.
 *
 * @param name the PostgreSQL column name
 * @param type its value type
 */
public record Column(String name, ColumnType type) {
  public Column {
    if (name == null || !name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("name: not a plain column name: " + name);
    }
    if (type == null) {
      throw new IllegalArgumentException("type: required");
    }
  }

  static Column of(String name, ColumnType type) {
    return new Column(name, type);
  }
}
