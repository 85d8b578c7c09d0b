package org.cyberwatch.pipelines.load.postgres;

import java.util.Arrays;
import java.util.Comparator;
import org.cyberwatch.pipelines.rows.Row;

/**
 * A total order over the rows of one table, value by value in column order (null first), so that
 * choosing among rows with the same key does not depend on the order they arrived in.
 */
final class RowOrder implements Comparator<Row> {
  static final RowOrder INSTANCE = new RowOrder();

  private RowOrder() {}

  @Override
  public int compare(Row a, Row b) {
    int byTable = a.table().compareTo(b.table());
    if (byTable != 0) {
      return byTable;
    }
    int columns = a.table().columns().size();
    for (int i = 0; i < columns; i++) {
      int c = compareValues(a.value(i), b.value(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof double[] x) {
      return Arrays.compare(x, (double[]) b);
    }
    return ((Comparable) a).compareTo(b);
  }
}
