package org.cyberwatch.probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import org.cyberwatch.probe.config.AgentConfig;
import org.cyberwatch.probe.config.AgentConfigs;
import org.cyberwatch.probe.config.ConfigException;
import org.cyberwatch.probe.config.ConfigLoader;
import org.cyberwatch.probe.config.ConfigOptions;
import org.cyberwatch.probe.status.StatusFile;
import org.cyberwatch.schemas.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code status}: prints the worker's last status (queue depth, outbox depth, last submit, rates). */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Print the agent's status as JSON: queue and outbox depth, last submit, rates.")
final class StatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    AgentConfig config;
    try {
      config = AgentConfigs.build(ConfigLoader.load(ConfigOptions.given(spec), System.getenv()));
    } catch (ConfigException e) {
      System.err.println("cyberwatch-probe-agent: invalid configuration: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
        new StatusFile(config.stateDir()).read(config.submit().outboxDir())));
    return ExitCode.OK.code();
  }
}
