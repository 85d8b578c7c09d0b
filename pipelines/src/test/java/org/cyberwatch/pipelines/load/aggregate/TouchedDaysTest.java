package org.cyberwatch.pipelines.load.aggregate;

import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.cyberwatch.pipelines.load.FixtureRows;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;
import org.junit.Rule;
import org.junit.Test;

public class TouchedDaysTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private PCollection<LocalDate> days(List<Row> rows) {
    return pipeline.apply(Create.of(rows).withCoder(SerializableCoder.of(Row.class))).apply(new TouchedDays());
  }

  @Test
  public void measurementsAndPathEdgesGiveTheirUtcDayOtherTablesNone() {
    LocalDate day = LocalDate.of(2021, 12, 8);
    PAssert.that(days(FixtureRows.all())).containsInAnyOrder(day, day, day);
    pipeline.run();
  }

  @Test
  public void dayIsTheUtcDayOfTheStartTimeNotOfTheReceiveTime() {
    Row receivedIn2023 = FixtureRows.fastpathMeasurements().stream()
        .filter(r -> r.value(0).equals("20231231235914.703006_BR_webconnectivity_9628da3d6fcf387b"))
        .findFirst().orElseThrow();
    Row tracerouteAt2146 = FixtureRows.of(Table.MEASUREMENTS).get(0);
    PAssert.that(days(List.of(receivedIn2023, tracerouteAt2146)))
        .containsInAnyOrder(LocalDate.of(2024, 1, 1), LocalDate.of(2021, 12, 8));
    pipeline.run();
  }
}
