package org.cyberwatch.pipelines.load.postgres;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.cyberwatch.pipelines.rows.Row;

/**
 * Keeps one row per (table, natural key): the greatest by {@link RowOrder}, whatever the arrival
 * order. PostgreSQL refuses an {@code ON CONFLICT DO UPDATE} that touches one row twice in a
 * statement, and two writers of one key in parallel bundles would race; after this neither can
 * happen.
 */
final class DedupeRowsByKey extends PTransform<PCollection<Row>, PCollection<Row>> {

  @Override
  public PCollection<Row> expand(PCollection<Row> rows) {
    return rows.apply("KeyByNaturalKey", WithKeys.of(RowKey::of).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), rows.getCoder()))
        .apply("GroupByNaturalKey", GroupByKey.create())
        .apply("KeepGreatestRow", ParDo.of(new KeepGreatestRowFn()))
        .setCoder(rows.getCoder());
  }

  /** Emits the greatest row of each key. */
  static final class KeepGreatestRowFn extends DoFn<KV<String, Iterable<Row>>, Row> {
    @ProcessElement
    public void processElement(@Element KV<String, Iterable<Row>> group, OutputReceiver<Row> out) {
      Row kept = null;
      for (Row row : group.getValue()) {
        if (kept == null || RowOrder.INSTANCE.compare(row, kept) > 0) {
          kept = row;
        }
      }
      out.output(kept);
    }
  }
}
