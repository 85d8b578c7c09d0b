package org.cyberwatch.pipelines;

import org.cyberwatch.pipelines.bench.BenchCommand;
import org.cyberwatch.pipelines.enrich.EnrichCommand;
import org.cyberwatch.pipelines.reprocess.ReprocessCommand;
import org.cyberwatch.pipelines.score.ScoreCommand;
import org.cyberwatch.schemas.cli.ImplementationVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the bundled pipelines jar ({@code cyberwatch-pipelines.jar}), the jar {@code flink
 * run} also accepts. Each job or tool is a subcommand ({@code reprocess}, {@code score}, {@code
 * enrich}, {@code bench}).
 */
@Command(
    name = "cyberwatch-pipelines",
    mixinStandardHelpOptions = true,
    versionProvider = Pipelines.Version.class,
    subcommands = {ReprocessCommand.class, ScoreCommand.class, EnrichCommand.class, BenchCommand.class},
    description = {
      "cyberWatch batch pipelines: reprocess cans into PostgreSQL and a Neo4j AS graph",
      "on the direct runner or Flink."
    })
public final class Pipelines implements Runnable {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with every subcommand; reprocess takes Beam's --name=value flags as is. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Pipelines());
    cli.getSubcommands().get("reprocess").setUnmatchedOptionsArePositionalParams(true);
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "a subcommand is required (see --help)");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cyberwatch-pipelines " + ImplementationVersion.of(Pipelines.class)};
    }
  }
}
