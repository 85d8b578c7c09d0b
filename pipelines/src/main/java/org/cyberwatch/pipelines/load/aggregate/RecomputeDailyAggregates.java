package org.cyberwatch.pipelines.load.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Wait;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.cyberwatch.pipelines.load.postgres.PostgresTarget;

/**
 * Recomputes the daily aggregates of the days a run touched, from PostgreSQL truth.
 *
 * <p>Input: UTC days (duplicates allowed; see {@link TouchedDays}). For each distinct day, in one
 * transaction: {@code asn_stats} per (probe_asn, probe_cc, day of measurement_start_time, test_name)
 * = counts of measurements, anomaly, confirmed, msm_failure; {@code as_edges_daily} per (src_asn,
 * dst_asn, day) = count, min and max {@code rtt_ms} of {@code path_edges}. Values are upserted only
 * when they differ; aggregate rows of the day without sources any more are deleted. Because every
 * value comes from the stored per-measurement rows, a rerun, or a partial rerun over part of a day,
 * gives exactly the same aggregates: nothing is ever added up twice.
 *
 * <p>Apply it after the writes: {@link #after} makes it wait for their {@code WriteToPostgres}
 * outputs. Output: the distinct {@link GraphKey}s touched (each pair the days have or lost, and
 * both ASes of each), coder {@link GraphKeyCoder}, for {@code WriteAsGraph}.
 */
public final class RecomputeDailyAggregates
    extends PTransform<PCollection<LocalDate>, PCollection<GraphKey>> {
  private final PostgresTarget target;
  private final transient List<PCollection<?>> signals;

  public RecomputeDailyAggregates(PostgresTarget target) {
    this(target, List.of());
  }

  private RecomputeDailyAggregates(PostgresTarget target, List<PCollection<?>> signals) {
    if (target == null) {
      throw new IllegalArgumentException("target: required");
    }
    this.target = target;
    this.signals = List.copyOf(signals);
  }

  /** The same transform, started only once every {@code signal} is complete (Beam's Wait.on). */
  public RecomputeDailyAggregates after(PCollection<?>... signals) {
    List<PCollection<?>> all = new ArrayList<>(this.signals);
    all.addAll(List.of(signals));
    return new RecomputeDailyAggregates(target, all);
  }

  @Override
  public PCollection<GraphKey> expand(PCollection<LocalDate> days) {
    PCollection<LocalDate> ready = signals.isEmpty() ? days : days.apply("WaitForWrites", Wait.on(signals));
    return ready
        .apply("ToEpochDay", MapElements.into(TypeDescriptors.longs()).via(LocalDate::toEpochDay))
        .setCoder(VarLongCoder.of())
        .apply("DistinctDays", Distinct.create())
        .apply("RecomputeDay", ParDo.of(new RecomputeDayFn(target)))
        .setCoder(GraphKeyCoder.of())
        .apply("DistinctGraphKeys", Distinct.create());
  }
}
