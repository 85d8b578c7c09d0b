package org.cyberwatch.pipelines.reprocess;

import java.util.List;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Runner settings {@code reprocess} chooses when the caller did not; a flag given on the command
 * line (either value) always wins. On Flink:
 *
 * <ul>
 *   <li>{@code --useDataStreamForBatch=true}: Flink's DataSet translation (the default) runs every
 *       multi-output ParDo (each stage has a failures output) as an operator whose outputs cannot
 *       be chained, so every element is encoded with a union coder and decoded again after each
 *       stage; the DataStream translation chains them through side outputs;
 *   <li>{@code --objectReuse=true} and {@code --fasterCopy=true}: chained operators then pass
 *       references instead of a copy made by encoding and decoding the element. The job's
 *       elements are immutable (no DoFn mutates one), so sharing them is safe; Flink's reusing
 *       deserializers do not apply (Beam's coders always build new objects), so a DoFn that
 *       keeps an element of a group, such as the dedupe's smallest uid, keeps its own object.
 * </ul>
 */
final class RunnerDefaults {
  static final String DATA_STREAM_FOR_BATCH = "useDataStreamForBatch";
  static final String OBJECT_REUSE = "objectReuse";
  static final String FASTER_COPY = "fasterCopy";

  private RunnerDefaults() {}

  /** Applies the defaults to {@code options}, given the raw {@code --name=value} flags. */
  static void apply(PipelineOptions options, List<String> flags) {
    if (!FlinkRunner.class.equals(options.getRunner())) {
      return;
    }
    FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
    if (!given(flags, DATA_STREAM_FOR_BATCH)) {
      flink.setUseDataStreamForBatch(true);
    }
    if (!given(flags, OBJECT_REUSE)) {
      flink.setObjectReuse(true);
    }
    if (!given(flags, FASTER_COPY)) {
      flink.setFasterCopy(true);
    }
  }

  /** Whether {@code --name} (with or without a value) is among the flags. */
  static boolean given(List<String> flags, String name) {
    String flag = "--" + name;
    return flags.stream().anyMatch(f -> f.equals(flag) || f.startsWith(flag + "="));
  }
}
