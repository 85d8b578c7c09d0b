package org.cyberwatch.pipelines.load.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;

/**
 * The UTC days whose aggregates the given rows feed: the day of {@code measurement_start_time} of
 * each {@code measurements} row and the {@code day} of each {@code path_edges} row; other tables
 * feed no aggregate. Input: rows; output: days, with duplicates (the input of {@link
 * RecomputeDailyAggregates}, which makes them distinct).
 */
public final class TouchedDays extends PTransform<PCollection<Row>, PCollection<LocalDate>> {
  private static final int START_TIME = columnIndex(Table.MEASUREMENTS, "measurement_start_time");
  private static final int EDGE_DAY = columnIndex(Table.PATH_EDGES, "day");

  @Override
  public PCollection<LocalDate> expand(PCollection<Row> rows) {
    return rows.apply("DayOfRow", ParDo.of(new DayOfRowFn()))
        .setCoder(SerializableCoder.of(LocalDate.class));
  }

  static int columnIndex(Table table, String column) {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalStateException(table + " has no column " + column);
  }

  /** Emits the aggregate day of a row, if any. */
  static final class DayOfRowFn extends DoFn<Row, LocalDate> {
    @ProcessElement
    public void processElement(@Element Row row, OutputReceiver<LocalDate> out) {
      if (row.table() == Table.MEASUREMENTS && row.value(START_TIME) != null) {
        out.output(LocalDate.ofInstant((Instant) row.value(START_TIME), ZoneOffset.UTC));
      } else if (row.table() == Table.PATH_EDGES) {
        out.output((LocalDate) row.value(EDGE_DAY));
      }
    }
  }
}
