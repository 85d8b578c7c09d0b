package org.cyberwatch.probe;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.cyberwatch.probe.config.AgentConfig;
import org.cyberwatch.probe.config.AgentConfigs;
import org.cyberwatch.probe.config.ConfigException;
import org.cyberwatch.probe.config.ConfigKey;
import org.cyberwatch.probe.config.ConfigLoader;
import org.cyberwatch.probe.config.ConfigOptions;
import org.cyberwatch.probe.config.ConfigSource;
import org.cyberwatch.probe.config.ResolvedConfig;
import org.cyberwatch.probe.ratelimit.Sleeper;
import org.cyberwatch.probe.worker.MeasurerRegistry;
import org.cyberwatch.schemas.cli.ExitCode;
import org.cyberwatch.schemas.cli.ImplementationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The measurement node's entry point: targets from several sources, rate-limited measurers and
 * durable submission. Runs as a daemon, or with {@code --once} for cron and tests; subcommands
 * {@code status} and {@code submit}.
 */
@Command(
    name = "cyberwatch-probe-agent",
    mixinStandardHelpOptions = true,
    versionProvider = ProbeAgent.Version.class,
    subcommands = {StatusCommand.class, SubmitCommand.class},
    description = {
      "cyberWatch probe agent: picks targets, measures them politely and submits the results",
      "to one or more collectors through a durable outbox.",
      "Every setting is a flag, an environment variable (PROBE_*) or a YAML key (--config);",
      "precedence: flag > environment > YAML > default. Invalid settings exit with 2."
    })
public final class ProbeAgent implements Callable<Integer> {
  /** The envelope's {@code software_name}. */
  public static final String SOFTWARE_NAME = "cyberwatch-probe-agent";
  private static final Logger LOG = LoggerFactory.getLogger(ProbeAgent.class);

  @Spec CommandSpec spec;

  @Option(names = "--once",
      description = "Measure every target once, submit everything, exit (0 = all submitted, "
          + "1 = measurements left in the outbox).")
  boolean once;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with every config flag. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ProbeAgent());
    ConfigOptions.addTo(cl.getCommandSpec());
    cl.getSubcommands().values().forEach(sub -> ConfigOptions.addTo(sub.getCommandSpec()));
    return cl;
  }

  /** The version written to envelopes. */
  static String softwareVersion() {
    return ImplementationVersion.of(ProbeAgent.class);
  }

  @Override
  public Integer call() {
    AgentConfig config;
    ResolvedConfig resolved;
    MeasurerRegistry measurers;
    PeerTests peers;
    try {
      resolved = ConfigLoader.load(ConfigOptions.given(spec), System.getenv());
      config = AgentConfigs.build(resolved);
      peers = new PeerTests(config.submit().collectors().stream().findFirst(),
          config.measurers().peerServerPort());
      measurers = measurers(config, resolved, peers);
    } catch (ConfigException e) {
      System.err.println("cyberwatch-probe-agent: invalid configuration: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    LOG.info("event=start version={} once={} tests={} config: {}", softwareVersion(), once,
        measurers.tests().stream().sorted().toList(), resolved.describe());
    try (peers) {
      Agent agent = new Agent(config, measurers, peers, Clock.systemUTC(), Sleeper.system(),
          once);
      AgentRun run = new AgentRun(agent);
      if (once) {
        return run.once().code();
      }
      run.forever();
      return ExitCode.OK.code();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCode.RUNTIME_FAILURE.code();
    } catch (java.io.IOException | RuntimeException e) {
      LOG.error("event=agent_failed", e);
      return ExitCode.RUNTIME_FAILURE.code();
    }
  }

  private static MeasurerRegistry measurers(AgentConfig config, ResolvedConfig resolved,
      PeerTests peers) throws ConfigException {
    try {
      return BuiltInMeasurers.registry(config, peers).only(config.tests());
    } catch (IllegalArgumentException e) {
      ConfigSource source = resolved.value(ConfigKey.TESTS).source();
      throw new ConfigException(ConfigKey.TESTS, source, e.getMessage());
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cyberwatch-probe-agent " + softwareVersion()};
    }
  }
}
