package org.cyberwatch.pipelines.export;

import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.cyberwatch.pipelines.rows.Row;

/**
 * One row per table and natural key. Many measurements emit the same reference rows (the probe's
 * AS, a prefix's origin); where two rows share a key, the one with the smallest canonical line is
 * kept, so the choice is the same on every runner. Combines before shuffling. Canonical lines are
 * only computed when a key has rows that differ (most repeats are equal reference rows).
 */
public final class DistinctRows extends PTransform<PCollection<Row>, PCollection<Row>> {

  @Override
  public PCollection<Row> expand(PCollection<Row> rows) {
    return rows
        .apply("KeyByTableAndKey", WithKeys.of((SerializableFunction<Row, String>)
            r -> r.table().sqlName() + "\t" + r.keyString()).withKeyType(TypeDescriptors.strings()))
        .apply("KeepSmallestLine", Combine.perKey(DistinctRows::smallest))
        .apply("DropKeys", Values.create());
  }

  private static Row smallest(Iterable<Row> rows) {
    Row best = null;
    String bestLine = null;
    for (Row r : rows) {
      if (best == null) {
        best = r;
        continue;
      }
      if (r.equals(best)) {
        continue;
      }
      if (bestLine == null) {
        bestLine = CanonicalLines.of(best);
      }
      String line = CanonicalLines.of(r);
      if (line.compareTo(bestLine) < 0) {
        best = r;
        bestLine = line;
      }
    }
    return best;
  }
}
