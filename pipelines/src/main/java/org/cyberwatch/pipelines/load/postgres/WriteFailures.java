package org.cyberwatch.pipelines.load.postgres;

import java.util.Comparator;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.cyberwatch.pipelines.failure.Failure;

/**
 * Writes dead letters to the {@code failures} table, idempotently.
 *
 * <p>Input: {@link Failure}s of any stage. Each is stored with this run's id; the table's
 * generated {@code failure_key} (stage, reason, source can and line, uid, payload) identifies it
 * across runs, so a rerun updates {@code run_id}, {@code message} and {@code last_seen_at} of the
 * existing row, and only when one of {@code run_id, message} differs: the row count never grows
 * for the same failures. Failures with the same key in one run are reduced to one first (the
 * greatest message wins). NUL characters become U+FFFD; a {@code sourceLine} of -1 is NULL.
 *
 * <p>Output: an empty {@code PCollection<Void>} complete once every failure is committed.
 */
public final class WriteFailures extends PTransform<PCollection<Failure>, PCollection<Void>> {
  static final String UPSERT =
      "INSERT INTO failures (run_id, stage, reason, message, source_can, source_line,"
          + " measurement_uid, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (failure_key) DO UPDATE SET run_id = EXCLUDED.run_id,"
          + " message = EXCLUDED.message, last_seen_at = now()"
          + " WHERE ROW(failures.run_id, failures.message)"
          + " IS DISTINCT FROM ROW(EXCLUDED.run_id, EXCLUDED.message)";

  private final PostgresTarget target;
  private final String runId;

  /** Writes to {@code target}, recording {@code runId} (the {@code pipeline_runs} id) per row. */
  public WriteFailures(PostgresTarget target, String runId) {
    if (target == null) {
      throw new IllegalArgumentException("target: required");
    }
    if (runId == null || runId.isBlank()) {
      throw new IllegalArgumentException("runId: must not be blank");
    }
    this.target = target;
    this.runId = runId;
  }

  @Override
  public PCollection<Void> expand(PCollection<Failure> failures) {
    SerializableCoder<StoredFailure> coder = SerializableCoder.of(StoredFailure.class);
    return failures
        .apply("ToStoredFailure", MapElements.into(TypeDescriptor.of(StoredFailure.class)).via(StoredFailure::of))
        .setCoder(coder)
        .apply("KeyByFailureKey", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(StoredFailure.class)))
            .via(f -> KV.of(f.key(), f)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), coder))
        .apply("GroupByFailureKey", GroupByKey.create())
        .apply("KeepOnePerKey", ParDo.of(new KeepOneFn()))
        .setCoder(coder)
        .apply("UpsertFailures", JdbcIO.<StoredFailure>write()
            .withDataSourceConfiguration(target.dataSourceConfiguration())
            .withStatement(UPSERT)
            .withPreparedStatementSetter(new FailureStatementSetter(runId))
            .withBatchSize(WriteToPostgres.BATCH_SIZE)
            .withResults());
  }

  /** Keeps the greatest failure of a key (by message, then by every field). */
  static final class KeepOneFn extends DoFn<KV<String, Iterable<StoredFailure>>, StoredFailure> {
    private static final Comparator<StoredFailure> ORDER =
        Comparator.comparing(StoredFailure::message).thenComparing(StoredFailure::toString);

    @ProcessElement
    public void processElement(
        @Element KV<String, Iterable<StoredFailure>> group, OutputReceiver<StoredFailure> out) {
      StoredFailure kept = null;
      for (StoredFailure f : group.getValue()) {
        if (kept == null || ORDER.compare(f, kept) > 0) {
          kept = f;
        }
      }
      out.output(kept);
    }
  }
}
