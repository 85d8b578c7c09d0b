package org.cyberwatch.pipelines.reprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.cyberwatch.schemas.cli.ExitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reprocess --input=… [flags]}: runs {@link ReprocessJob} with Beam-style flags (see {@link
 * ReprocessOptions}); {@code --runner=FlinkRunner --flinkMaster=[local]} runs it on a Flink
 * mini-cluster. Prints a summary whose counts reconcile, and exits 0, 1 (the run failed or the
 * counts do not reconcile) or 2 (bad flags).
 */
@Command(name = "reprocess", description = {
    "Reprocess cans (ours or OONI's archive layout) into PostgreSQL, the Neo4j AS graph and a",
    "canonical export. Flags are Beam's --name=value form; --help lists them all."})
public final class ReprocessCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ReprocessCommand.class);

  @Option(names = {"-h", "--help"}, description = "Show the job's flags and exit.")
  boolean help;

  @Parameters(paramLabel = "--flag=value", description = "Job and Beam flags.")
  List<String> flags = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PipelineOptionsFactory.register(ReprocessOptions.class);
    PipelineOptionsFactory.register(S3Options.class);
    if (help) {
      PipelineOptionsFactory.printHelp(System.out, ReprocessOptions.class);
      return ExitCode.OK.code();
    }
    ReprocessOptions options;
    ReprocessConfig config;
    try {
      options = PipelineOptionsFactory.fromArgs(flags.toArray(String[]::new)).withValidation()
          .as(ReprocessOptions.class);
      RunnerDefaults.apply(options, flags);
      FileSystems.setDefaultPipelineOptions(options);
      config = ReprocessSettings.resolve(options, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("reprocess: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    return run(options, config);
  }

  private static int run(ReprocessOptions options, ReprocessConfig config) {
    LOG.info("run {}: {} cans, runner {}, postgres {}, neo4j {}, export {}", config.runId(),
        config.cans().size(), options.getRunner().getSimpleName(), config.postgres(),
        config.neo4j(), config.exportDir());
    RunRecord record = RunRecord.start(options, config);
    Pipeline pipeline = Pipeline.create(options);
    ReprocessJob.build(pipeline, config);
    long started = System.nanoTime();
    try {
      PipelineResult result = pipeline.run();
      PipelineResult.State state = result.waitUntilFinish();
      RunCounts counts = RunCounts.of(result, config.stopAfter());
      String digest = RunRecord.readDigest(config.exportDir());
      RunSummary.print(System.out, config, counts, digest, (System.nanoTime() - started) / 1e9);
      boolean ok = state == PipelineResult.State.DONE && counts.unaccounted() == 0;
      record.finish(counts, digest, ok ? null : "state " + state + ", unaccounted " + counts.unaccounted());
      return ok ? ExitCode.OK.code() : ExitCode.RUNTIME_FAILURE.code();
    } catch (RuntimeException e) {
      LOG.error("run {} failed", config.runId(), e);
      record.finish(null, null, String.valueOf(e.getMessage()));
      return ExitCode.RUNTIME_FAILURE.code();
    }
  }
}
