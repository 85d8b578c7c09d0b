package org.cyberwatch.pipelines.load.postgres;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.cyberwatch.pipelines.rows.Column;
import org.cyberwatch.pipelines.rows.ColumnType;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;

/** Binds a {@link Row}'s values to the {@link UpsertSql} statement of its table, by column type. */
final class RowStatementSetter implements JdbcIO.PreparedStatementSetter<Row> {
  private static final long serialVersionUID = 1L;
  private final Table table;

  RowStatementSetter(Table table) {
    this.table = table;
  }

  @Override
  public void setParameters(Row row, PreparedStatement statement) throws SQLException {
    if (row.table() != table) {
      throw new IllegalStateException("a " + row.table() + " row in the " + table + " upsert");
    }
    List<Column> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      bind(statement, i + 1, columns.get(i).type(), row.value(i));
    }
  }

  static void bind(PreparedStatement statement, int index, ColumnType type, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, sqlType(type));
      return;
    }
    switch (type) {
      case TEXT, JSONB, INET, UUID -> statement.setString(index, (String) value);
      case BIGINT -> statement.setLong(index, (Long) value);
      case INTEGER -> statement.setInt(index, (Integer) value);
      case DOUBLE -> statement.setDouble(index, (Double) value);
      case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
      case TIMESTAMPTZ -> statement.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
      case DATE -> statement.setObject(index, value);
      case DOUBLE_ARRAY -> statement.setArray(index, doubleArray(statement, (double[]) value));
    }
  }

  private static Array doubleArray(PreparedStatement statement, double[] values) throws SQLException {
    Double[] boxed = Arrays.stream(values).boxed().toArray(Double[]::new);
    return statement.getConnection().createArrayOf("float8", boxed);
  }

  private static int sqlType(ColumnType type) {
    return switch (type) {
      case TEXT, JSONB, INET, UUID -> Types.VARCHAR;
      case BIGINT -> Types.BIGINT;
      case INTEGER -> Types.INTEGER;
      case DOUBLE -> Types.DOUBLE;
      case BOOLEAN -> Types.BOOLEAN;
      case TIMESTAMPTZ -> Types.TIMESTAMP_WITH_TIMEZONE;
      case DATE -> Types.DATE;
      case DOUBLE_ARRAY -> Types.ARRAY;
    };
  }
}
