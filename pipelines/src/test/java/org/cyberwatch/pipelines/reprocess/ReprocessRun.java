package org.cyberwatch.pipelines.reprocess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyberwatch.pipelines.Pipelines;

/** Runs {@code reprocess} in this JVM through the same command line as the jar. */
final class ReprocessRun {
  private ReprocessRun() {}

  static int direct(Path export, List<String> args) {
    return run(export, args, List.of("--runner=DirectRunner"));
  }

  static int flink(Path export, List<String> args) {
    return run(export, args, List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"));
  }

  private static int run(Path export, List<String> args, List<String> runner) {
    List<String> all = new ArrayList<>();
    all.add("reprocess");
    all.addAll(args);
    all.addAll(runner);
    all.add("--export=" + export);
    return Pipelines.commandLine().execute(all.toArray(String[]::new));
  }
}
