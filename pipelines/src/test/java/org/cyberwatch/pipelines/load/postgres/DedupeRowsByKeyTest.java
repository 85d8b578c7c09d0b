package org.cyberwatch.pipelines.load.postgres;

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

public class DedupeRowsByKeyTest {
  private static final String UID = "20211208214625.114203_US_traceroute_18ac8ca545a4f113";
  private static final Row EDGE = FixtureRows.row(Table.PATH_EDGES, UID, "15169", "3356", "2021-12-08", "135.64");
  private static final Row SAME_KEY_SLOWER =
      FixtureRows.row(Table.PATH_EDGES, UID, "15169", "3356", "2021-12-08", "135.565");
  private static final Row SAME_KEY_NO_RTT =
      FixtureRows.row(Table.PATH_EDGES, UID, "15169", "3356", "2021-12-08", "\\N");
  private static final Row OTHER_KEY = FixtureRows.row(Table.PATH_EDGES, UID, "3356", "41231", "2021-12-08", "135.61");

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private PCollection<Row> dedupe(String name, List<Row> rows) {
    return pipeline.apply(name, Create.of(rows).withCoder(SerializableCoder.of(Row.class)))
        .apply(name + "Dedupe", new DedupeRowsByKey());
  }

  @Test
  public void rowsWithOneKeyKeepTheGreatestWhateverTheirOrder() {
    PAssert.that(dedupe("Forward", List.of(SAME_KEY_NO_RTT, EDGE, SAME_KEY_SLOWER, OTHER_KEY)))
        .containsInAnyOrder(EDGE, OTHER_KEY);
    PAssert.that(dedupe("Backward", List.of(OTHER_KEY, SAME_KEY_SLOWER, EDGE, SAME_KEY_NO_RTT)))
        .containsInAnyOrder(EDGE, OTHER_KEY);
    pipeline.run();
  }

  @Test
  public void identicalRowsCollapseToOne() {
    PAssert.that(dedupe("Twice", List.of(EDGE, EDGE))).containsInAnyOrder(EDGE);
    pipeline.run();
  }

  @Test
  public void equalKeysOfDifferentTablesAreDifferentRows() {
    Row peer = FixtureRows.of(Table.PEER_OBSERVATIONS).get(0);
    Row nat = FixtureRows.row(Table.NAT_OBSERVATIONS, (String) peer.value(0), "2023-11-17T16:00:04Z",
        "3320", "DE", "map:endpoint-indep filter:port-indep", "endpoint-indep", "port-indep");
    PAssert.that(dedupe("Tables", List.of(peer, nat))).containsInAnyOrder(peer, nat);
    pipeline.run();
  }
}
