package org.cyberwatch.pipelines.read;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.cyberwatch.pipelines.failure.Failure;

/**
 * Reads cans (postcan {@code .tar.gz}, {@code .jsonl.gz}, {@code .jsonl.zst}; local or {@code
 * s3://}) into their entries, streaming each can.
 *
 * <p>Input: {@link CanFile}s. Output: {@link SourcedEntry} on {@link #ENTRIES}. Diverted to {@link
 * #FAILURES}: unusable entries ({@code can/oversized_entry}, {@code can/not_a_post}) and a corrupt
 * or truncated can ({@code read/corrupt_can}, after every entry before the damage was emitted).
 */
public final class ReadCans extends PTransform<PCollection<CanFile>, PCollectionTuple> {
  public static final TupleTag<SourcedEntry> ENTRIES = new TupleTag<>() {};
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<CanFile> cans) {
    return cans.apply("SpreadCans", Reshuffle.viaRandomKey())
        .apply("ReadCan", ParDo.of(new ReadCanFn()).withOutputTags(ENTRIES, TupleTagList.of(FAILURES)));
  }
}
