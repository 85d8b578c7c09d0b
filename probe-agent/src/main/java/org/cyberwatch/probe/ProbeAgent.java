package org.cyberwatch.probe;

import java.util.concurrent.Callable;
import org.cyberwatch.schemas.cli.ExitCode;
import org.cyberwatch.schemas.cli.ImplementationVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The measurement node's entry point: targets, rate-limited measurers and durable submission.
 *
 * <p>Only the command line exists so far; the agent itself arrives with the probe-agent issue.
 */
@Command(
    name = "cyberwatch-probe-agent",
    mixinStandardHelpOptions = true,
    versionProvider = ProbeAgent.Version.class,
    description = {
      "cyberWatch probe agent: picks targets, measures them politely and submits the results",
      "to one or more collectors through a durable outbox."
    })
public final class ProbeAgent implements Callable<Integer> {

  public static void main(String[] args) {
    System.exit(new CommandLine(new ProbeAgent()).execute(args));
  }

  @Override
  public Integer call() {
    System.err.println("cyberwatch-probe-agent: the agent is not built yet");
    return ExitCode.RUNTIME_FAILURE.code();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cyberwatch-probe-agent " + ImplementationVersion.of(ProbeAgent.class)};
    }
  }
}
