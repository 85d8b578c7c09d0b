package org.cyberwatch.ingest;

import java.util.concurrent.Callable;
import org.cyberwatch.schemas.cli.ExitCode;
import org.cyberwatch.schemas.cli.ImplementationVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The collector's entry point: the OONI probe API, the durable spool and the hourly can writer.
 *
 * <p>Only the command line exists so far; the collector itself arrives with the ingest-server
 * issue.
 */
@Command(
    name = "cyberwatch-ingest-server",
    mixinStandardHelpOptions = true,
    versionProvider = IngestServer.Version.class,
    description = {
      "cyberWatch collector: speaks the OONI probe protocol, acknowledges only durable",
      "measurements and batches them hourly into OONI-compatible cans."
    })
public final class IngestServer implements Callable<Integer> {

  public static void main(String[] args) {
    System.exit(new CommandLine(new IngestServer()).execute(args));
  }

  @Override
  public Integer call() {
    System.err.println("cyberwatch-ingest-server: the collector is not built yet");
    return ExitCode.RUNTIME_FAILURE.code();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cyberwatch-ingest-server " + ImplementationVersion.of(IngestServer.class)};
    }
  }
}
