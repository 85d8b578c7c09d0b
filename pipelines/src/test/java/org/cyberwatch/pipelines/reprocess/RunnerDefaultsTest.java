package org.cyberwatch.pipelines.reprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

class RunnerDefaultsTest {

  private static PipelineOptions applied(String... flags) {
    PipelineOptions options = PipelineOptionsFactory.fromArgs(flags).create();
    RunnerDefaults.apply(options, List.of(flags));
    return options;
  }

  @Test
  void flinkGetsDataStreamBatchObjectReuseAndFasterCopy() {
    FlinkPipelineOptions flink = applied("--runner=FlinkRunner").as(FlinkPipelineOptions.class);

    assertTrue(flink.getUseDataStreamForBatch());
    assertTrue(flink.getObjectReuse());
    assertTrue(flink.getFasterCopy());
  }

  @Test
  void flagsGivenOnTheCommandLineWin() {
    FlinkPipelineOptions flink = applied("--runner=FlinkRunner", "--objectReuse=false",
        "--useDataStreamForBatch=false").as(FlinkPipelineOptions.class);

    assertFalse(flink.getObjectReuse());
    assertFalse(flink.getUseDataStreamForBatch());
    assertTrue(flink.getFasterCopy());
  }

  @Test
  void directRunnerKeepsBeamsDefaults() {
    PipelineOptions options = applied("--runner=DirectRunner");

    assertFalse(options.as(FlinkPipelineOptions.class).getObjectReuse());
    assertEquals(true, options.as(DirectOptions.class).isEnforceImmutability());
  }

  @Test
  void aFlagPrefixIsNotTheFlag() {
    assertFalse(RunnerDefaults.given(List.of("--objectReuseX=true"), "objectReuse"));
    assertTrue(RunnerDefaults.given(List.of("--objectReuse"), "objectReuse"));
  }
}
