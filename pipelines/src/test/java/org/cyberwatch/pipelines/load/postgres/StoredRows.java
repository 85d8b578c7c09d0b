package org.cyberwatch.pipelines.load.postgres;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cyberwatch.pipelines.rows.Column;
import org.cyberwatch.pipelines.rows.ColumnType;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;

/** Reads a stored row back by its key as a {@link Row}, JSON with sorted keys on both sides. */
final class StoredRows {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private StoredRows() {}

  /** The stored row with {@code row}'s key, JSON values normalized. */
  static Row read(Connection connection, Row row) throws SQLException {
    Table table = row.table();
    String sql = "SELECT " + table.columns().stream().map(Column::name).collect(Collectors.joining(", "))
        + " FROM " + table.sqlName() + " WHERE "
        + table.key().stream().map(c -> c.name() + " = " + UpsertSql.placeholder(c.type()))
            .collect(Collectors.joining(" AND "));
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < table.key().size(); i++) {
        RowStatementSetter.bind(statement, i + 1, table.key().get(i).type(), row.value(i));
      }
      try (ResultSet result = statement.executeQuery()) {
        if (!result.next()) {
          throw new IllegalStateException("not stored: " + row);
        }
        Object[] values = new Object[table.columns().size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = value(result, i + 1, table.columns().get(i).type());
        }
        return Row.of(table, values);
      }
    }
  }

  /** {@code row} with its JSON values normalized like {@link #read}'s. */
  static Row normalized(Row row) {
    List<Column> columns = row.table().columns();
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = columns.get(i).type() == ColumnType.JSONB ? json((String) row.value(i)) : row.value(i);
    }
    return Row.of(row.table(), values);
  }

  private static Object value(ResultSet result, int i, ColumnType type) throws SQLException {
    Object value = switch (type) {
      case TEXT, INET, UUID -> result.getString(i);
      case JSONB -> json(result.getString(i));
      case BIGINT -> result.getLong(i);
      case INTEGER -> result.getInt(i);
      case DOUBLE -> result.getDouble(i);
      case BOOLEAN -> result.getBoolean(i);
      case TIMESTAMPTZ -> result.getObject(i, OffsetDateTime.class) == null ? null
          : result.getObject(i, OffsetDateTime.class).toInstant();
      case DATE -> result.getObject(i, LocalDate.class);
      case DOUBLE_ARRAY -> result.getArray(i) == null ? null
          : Arrays.stream((Double[]) result.getArray(i).getArray()).mapToDouble(Double::doubleValue).toArray();
    };
    return result.wasNull() ? null : value;
  }

  private static String json(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(JSON.readValue(text, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
