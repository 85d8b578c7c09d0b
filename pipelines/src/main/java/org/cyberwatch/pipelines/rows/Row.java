package org.cyberwatch.pipelines.rows;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One row for one {@link Table}: values in the table's column order, each of its column's type
 * ({@link ColumnType}) or null. The unit of export and load.
 */
public final class Row implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Table table;
  private final Object[] values;

  private Row(Table table, Object[] values) {
    this.table = table;
    this.values = values;
  }

  /** A row of {@code table}; checks the count and type of every value. */
  public static Row of(Table table, Object... values) {
    List<Column> columns = table.columns();
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          table.sqlName() + ": " + columns.size() + " values expected, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      check(table, columns.get(i), values[i], i < table.key().size());
    }
    return new Row(table, values.clone());
  }

  public Table table() {
    return table;
  }

  /** The value of column {@code i} (see {@link Table#columns()}); arrays are not copied. */
  public Object value(int i) {
    return values[i];
  }

  /** The key values joined by tabs: sorts rows of one table deterministically. */
  public String keyString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < table.key().size(); i++) {
      if (i > 0) {
        b.append('\t');
      }
      b.append(values[i]);
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Row r && r.table == table && Arrays.deepEquals(r.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * table.hashCode() + Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return table.sqlName() + Arrays.deepToString(values);
  }

  private static void check(Table table, Column column, Object value, boolean key) {
    if (value == null) {
      if (key) {
        throw new IllegalArgumentException(table.sqlName() + "." + column.name() + ": key is null");
      }
      return;
    }
    Class<?> expected = switch (column.type()) {
      case TEXT, JSONB, INET, UUID -> String.class;
      case BIGINT -> Long.class;
      case INTEGER -> Integer.class;
      case DOUBLE -> Double.class;
      case BOOLEAN -> Boolean.class;
      case TIMESTAMPTZ -> Instant.class;
      case DATE -> LocalDate.class;
      case DOUBLE_ARRAY -> double[].class;
    };
    if (!expected.isInstance(value)) {
      throw new IllegalArgumentException(table.sqlName() + "." + column.name() + ": "
          + expected.getSimpleName() + " expected, got " + value.getClass().getSimpleName());
    }
  }
}
