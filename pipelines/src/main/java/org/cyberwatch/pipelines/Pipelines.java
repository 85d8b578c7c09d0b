package org.cyberwatch.pipelines;

import org.cyberwatch.schemas.cli.ImplementationVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the bundled pipelines jar ({@code cyberwatch-pipelines.jar}), the jar {@code flink
 * run} also accepts. Each job or tool is a subcommand ({@code reprocess}, {@code score}, {@code
 * enrich}, {@code bench}); they are added as they are built.
 */
@Command(
    name = "cyberwatch-pipelines",
    mixinStandardHelpOptions = true,
    versionProvider = Pipelines.Version.class,
    subcommandsRepeatable = false,
    description = {
      "cyberWatch batch pipelines: reprocess cans into PostgreSQL and a Neo4j AS graph",
      "on the direct runner or Flink."
    })
public final class Pipelines implements Runnable {

  public static void main(String[] args) {
    System.exit(new CommandLine(new Pipelines()).execute(args));
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
