package org.cyberwatch.probe;

import java.util.List;
import java.util.concurrent.Callable;
import org.cyberwatch.probe.config.AgentConfig;
import org.cyberwatch.probe.config.AgentConfigs;
import org.cyberwatch.probe.config.ConfigException;
import org.cyberwatch.probe.config.ConfigLoader;
import org.cyberwatch.probe.config.ConfigOptions;
import org.cyberwatch.probe.target.ManualInbox;
import org.cyberwatch.schemas.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code submit TEST INPUT...}: queues manual targets for the running worker. */
@Command(name = "submit", mixinStandardHelpOptions = true,
    description = "Queue manual targets (measured once, first) for the worker of --state-dir.")
final class SubmitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TEST", description = "Test name, e.g. tcp_connect.")
  String test;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT",
      description = "Inputs in the test's syntax, e.g. 192.0.2.1:443.")
  List<String> inputs;

  @Override
  public Integer call() throws Exception {
    AgentConfig config;
    try {
      config = AgentConfigs.build(ConfigLoader.load(ConfigOptions.given(spec), System.getenv()));
    } catch (ConfigException e) {
      System.err.println("cyberwatch-probe-agent: invalid configuration: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    try {
      new ManualInbox(config.stateDir()).drop(inputs.stream().map(i -> test + " " + i).toList());
    } catch (IllegalArgumentException e) {
      System.err.println("cyberwatch-probe-agent: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    System.out.println("queued " + inputs.size() + " target(s) for " + test);
    return ExitCode.OK.code();
  }
}
