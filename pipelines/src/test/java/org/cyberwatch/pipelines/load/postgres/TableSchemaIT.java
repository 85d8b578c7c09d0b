package org.cyberwatch.pipelines.load.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberwatch.pipelines.load.LoadDatabase;
import org.cyberwatch.pipelines.rows.Column;
import org.cyberwatch.pipelines.rows.ColumnType;
import org.cyberwatch.pipelines.rows.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The migrated PostgreSQL schema and the pipelines' {@link Table} model agree. */
class TableSchemaIT {
  /** PostgreSQL types (udt_name) a value of each type may be bound to. */
  private static final Map<ColumnType, Set<String>> COMPATIBLE = Map.ofEntries(
      Map.entry(ColumnType.TEXT, Set.of("text", "bpchar", "varchar")),
      Map.entry(ColumnType.BIGINT, Set.of("int8")),
      Map.entry(ColumnType.INTEGER, Set.of("int4", "int2")),
      Map.entry(ColumnType.DOUBLE, Set.of("float8", "float4")),
      Map.entry(ColumnType.BOOLEAN, Set.of("bool")),
      Map.entry(ColumnType.TIMESTAMPTZ, Set.of("timestamptz")),
      Map.entry(ColumnType.DATE, Set.of("date")),
      Map.entry(ColumnType.JSONB, Set.of("jsonb")),
      Map.entry(ColumnType.INET, Set.of("inet")),
      Map.entry(ColumnType.DOUBLE_ARRAY, Set.of("_float8")),
      Map.entry(ColumnType.UUID, Set.of("uuid")));

  private static LoadDatabase database;

  @BeforeAll
  static void migrate() {
    database = LoadDatabase.fresh("TableSchemaIT");
  }

  @ParameterizedTest
  @EnumSource(Table.class)
  void everyColumnExistsWithACompatibleType(Table table) {
    List<String> mismatches = new ArrayList<>();
    for (Column column : table.columns()) {
      List<String> types = database.strings("SELECT udt_name FROM information_schema.columns"
          + " WHERE table_schema = 'public' AND table_name = '" + table.sqlName() + "'"
          + " AND column_name = '" + column.name() + "'");
      if (types.isEmpty() || !COMPATIBLE.get(column.type()).contains(types.get(0))) {
        mismatches.add(column.name() + " " + column.type() + " vs " + types);
      }
    }
    assertEquals(List.of(), mismatches);
  }

  @ParameterizedTest
  @EnumSource(Table.class)
  void primaryKeyIsTheNaturalKey(Table table) {
    List<String> key = table.key().stream().map(Column::name).toList();
    assertEquals(key, database.strings(
        "SELECT a.attname FROM pg_index i"
            + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
            + " WHERE i.indisprimary AND i.indrelid = 'public." + table.sqlName() + "'::regclass"
            + " ORDER BY array_position(i.indkey::int2[], a.attnum)"));
  }

  @ParameterizedTest
  @EnumSource(Table.class)
  void columnsOutsideTheModelFillThemselves(Table table) {
    String modelled = String.join("','", table.columns().stream().map(Column::name).toList());
    assertEquals(List.of(), database.strings("SELECT column_name FROM information_schema.columns"
        + " WHERE table_schema = 'public' AND table_name = '" + table.sqlName() + "'"
        + " AND column_name NOT IN ('" + modelled + "') AND is_nullable = 'NO'"
        + " AND column_default IS NULL AND is_generated = 'NEVER'"));
  }
}
