package org.cyberwatch.pipelines.coders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.CoderUtils;
import org.cyberwatch.pipelines.load.FixtureRows;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RowCoderTest {

  static List<Row> fixtureRows() {
    return FixtureRows.all();
  }

  @ParameterizedTest
  @MethodSource("fixtureRows")
  void everyFixtureRowDecodesToAnEqualRow(Row row) throws CoderException {
    byte[] bytes = CoderUtils.encodeToByteArray(RowCoder.INSTANCE, row);

    assertEquals(row, CoderUtils.decodeFromByteArray(RowCoder.INSTANCE, bytes));
  }

  @Test
  void fixturesCoverEveryTable() {
    assertEquals(Table.values().length, fixtureRows().stream().map(Row::table).distinct().count());
  }

  @Test
  void equalRowsGiveEqualBytes() throws CoderException {
    Row row = FixtureRows.of(Table.HOPS).get(0);
    Row copy = CoderUtils.clone(RowCoder.INSTANCE, row);

    assertArrayEquals(CoderUtils.encodeToByteArray(RowCoder.INSTANCE, row),
        CoderUtils.encodeToByteArray(RowCoder.INSTANCE, copy));
  }

  @Test
  void jsonTextLongerThan64KiBSurvives() throws CoderException {
    Row measurement = FixtureRows.of(Table.MEASUREMENTS).get(0);
    Object[] values = new Object[Table.MEASUREMENTS.columns().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = measurement.value(i);
    }
    int annotations = Table.MEASUREMENTS.columns().stream().map(c -> c.name()).toList().indexOf("annotations");
    values[annotations] = "{\"note\":\"" + "é".repeat(70_000) + "\"}";
    Row big = Row.of(Table.MEASUREMENTS, values);

    assertEquals(big, CoderUtils.clone(RowCoder.INSTANCE, big));
  }

  @Test
  void unknownTableOrdinalIsACoderException() {
    assertThrows(CoderException.class,
        () -> CoderUtils.decodeFromByteArray(RowCoder.INSTANCE, new byte[] {(byte) 99}));
  }
}
