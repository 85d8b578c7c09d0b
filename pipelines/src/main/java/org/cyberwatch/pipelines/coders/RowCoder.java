package org.cyberwatch.pipelines.coders;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.cyberwatch.pipelines.rows.Column;
import org.cyberwatch.pipelines.rows.ColumnType;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;

/**
 * Binary coder for {@link Row}: the table's ordinal, then per column a presence byte and the value
 * in the column's type (text as length-prefixed UTF-8, so jsonb of any size; times as seconds and
 * nanos; days as epoch days). Replaces Java serialization, which wrote class descriptors with
 * every element. Equal rows give equal bytes (the coder is deterministic).
 */
final class RowCoder extends AtomicCoder<Row> {
  static final RowCoder INSTANCE = new RowCoder();
  private static final Table[] TABLES = Table.values();

  @Override
  public void encode(Row row, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeByte(row.table().ordinal());
    List<Column> columns = row.table().columns();
    for (int i = 0; i < columns.size(); i++) {
      Object value = row.value(i);
      out.writeBoolean(value != null);
      if (value != null) {
        RowValues.write(out, columns.get(i).type(), value);
      }
    }
    out.flush();
  }

  @Override
  public Row decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    int ordinal = in.readUnsignedByte();
    if (ordinal >= TABLES.length) {
      throw new CoderException("row: no table with ordinal " + ordinal);
    }
    Table table = TABLES[ordinal];
    List<Column> columns = table.columns();
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readBoolean() ? RowValues.read(in, columns.get(i).type()) : null;
    }
    return Row.of(table, values);
  }

  @Override
  public void verifyDeterministic() {
    // every value type is written in one canonical binary form
  }

  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  /** The binary form of one value of each column type. */
  static final class RowValues {
    private RowValues() {}

    static void write(DataOutputStream out, ColumnType type, Object value) throws IOException {
      switch (type) {
        case TEXT, JSONB, INET, UUID -> writeString(out, (String) value);
        case BIGINT -> out.writeLong((Long) value);
        case INTEGER -> out.writeInt((Integer) value);
        case DOUBLE -> out.writeDouble((Double) value);
        case BOOLEAN -> out.writeBoolean((Boolean) value);
        case TIMESTAMPTZ -> {
          out.writeLong(((Instant) value).getEpochSecond());
          out.writeInt(((Instant) value).getNano());
        }
        case DATE -> out.writeLong(((LocalDate) value).toEpochDay());
        case DOUBLE_ARRAY -> {
          double[] array = (double[]) value;
          out.writeInt(array.length);
          for (double d : array) {
            out.writeDouble(d);
          }
        }
      }
    }

    static Object read(DataInputStream in, ColumnType type) throws IOException {
      return switch (type) {
        case TEXT, JSONB, INET, UUID -> readString(in);
        case BIGINT -> in.readLong();
        case INTEGER -> in.readInt();
        case DOUBLE -> in.readDouble();
        case BOOLEAN -> in.readBoolean();
        case TIMESTAMPTZ -> Instant.ofEpochSecond(in.readLong(), in.readInt());
        case DATE -> LocalDate.ofEpochDay(in.readLong());
        case DOUBLE_ARRAY -> readDoubles(in);
      };
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
      int length = in.readInt();
      byte[] bytes = in.readNBytes(length);
      if (bytes.length != length) {
        throw new CoderException("row: text of " + length + " bytes cut at " + bytes.length);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
      double[] array = new double[in.readInt()];
      for (int i = 0; i < array.length; i++) {
        array[i] = in.readDouble();
      }
      return array;
    }
  }
}
