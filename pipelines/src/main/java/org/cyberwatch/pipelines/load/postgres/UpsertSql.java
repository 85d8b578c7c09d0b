package org.cyberwatch.pipelines.load.postgres;

import java.util.List;
import java.util.stream.Collectors;
import org.cyberwatch.pipelines.rows.Column;
import org.cyberwatch.pipelines.rows.ColumnType;
import org.cyberwatch.pipelines.rows.Table;

/**
 * The upsert statement of a {@link Table}, generated from its columns: insert every column; on a
 * key conflict replace the non-key columns, but only when one of them differs, so reloading an
 * identical row writes nothing (no new tuple, no {@code updated_at} change).
 */
final class UpsertSql {
  private UpsertSql() {}

  /** The parameterized statement; parameters are the row's values in column order. */
  static String of(Table table) {
    List<Column> columns = table.columns();
    List<Column> values = nonKey(table);
    String name = table.sqlName();
    return "INSERT INTO " + name + " (" + names(columns, "") + ")"
        + " VALUES (" + columns.stream().map(c -> placeholder(c.type())).collect(Collectors.joining(", ")) + ")"
        + " ON CONFLICT (" + names(table.key(), "") + ") DO UPDATE SET "
        + values.stream().map(c -> c.name() + " = EXCLUDED." + c.name()).collect(Collectors.joining(", "))
        + extraSet(table)
        + " WHERE ROW(" + names(values, name + ".") + ") IS DISTINCT FROM ROW(" + names(values, "EXCLUDED.") + ")"
        + extraGuard(table);
  }

  /** The columns an upsert replaces. */
  static List<Column> nonKey(Table table) {
    return table.columns().subList(table.key().size(), table.columns().size());
  }

  /** The JDBC placeholder of a value of {@code type}; text-bound types are cast on the server. */
  static String placeholder(ColumnType type) {
    return switch (type) {
      case JSONB -> "?::jsonb";
      case INET -> "?::inet";
      case UUID -> "?::uuid";
      default -> "?";
    };
  }

  private static String extraSet(Table table) {
    return table == Table.MEASUREMENTS ? ", updated_at = now()" : "";
  }

  /** asns: a row from an older snapshot never replaces one from a newer snapshot. */
  private static String extraGuard(Table table) {
    return table == Table.ASNS ? " AND asns.snapshot_date <= EXCLUDED.snapshot_date" : "";
  }

  private static String names(List<Column> columns, String prefix) {
    return columns.stream().map(c -> prefix + c.name()).collect(Collectors.joining(", "));
  }
}
