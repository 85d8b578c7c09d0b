package org.cyberwatch.ingest;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cyberwatch.ingest.bench.BenchCommand;
import org.cyberwatch.ingest.config.ConfigException;
import org.cyberwatch.ingest.config.ConfigKey;
import org.cyberwatch.ingest.config.IngestConfig;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.schemas.cli.ExitCode;
import org.cyberwatch.schemas.cli.ImplementationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The collector's entry point: the OONI probe API, the durable spool and the hourly can writer.
 * Every setting is a flag, an {@code INGEST_*} environment variable or a key of the YAML file
 * given with {@code --config} (see {@link ConfigKey}); it runs until stopped (SIGTERM/SIGINT).
 */
@Command(
    name = "cyberwatch-ingest-server",
    mixinStandardHelpOptions = true,
    versionProvider = IngestServer.Version.class,
    sortOptions = false,
    description = {
      "cyberWatch collector: speaks the OONI probe protocol, acknowledges only durable",
      "measurements and batches them hourly into OONI-compatible cans.",
      "Every flag has an INGEST_* environment variable and a config-file key (README);",
      "secrets (keystore password, admin token, S3 keys, peer secret) come only from those."
    })
public final class IngestServer implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(IngestServer.class);

  @CommandLine.Spec private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with one option per {@link ConfigKey} that has a flag, and the {@code bench}
   * subcommand ({@link BenchCommand}).
   */
  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new IngestServer());
    cmd.addSubcommand("bench", new BenchCommand());
    CommandSpec spec = cmd.getCommandSpec();
    for (ConfigKey key : ConfigKey.values()) {
      if (key.flag().isEmpty()) {
        continue;
      }
      OptionSpec.Builder option = OptionSpec.builder(key.flag().get())
          .paramLabel(key.label())
          .type(String.class)
          .description(key.description() + key.defaultValue().map(d -> " (default: " + (d.isEmpty() ? "\"\"" : d) + ")").orElse(""));
      if (key.label().equals("BOOL")) {
        option.arity("0..1").fallbackValue("true");
      }
      spec.addOption(option.build());
    }
    return cmd;
  }

  @Override
  public Integer call() throws Exception {
    IngestConfig config;
    try {
      config = IngestConfig.load(flags(), System.getenv());
    } catch (ConfigException e) {
      System.err.println("cyberwatch-ingest-server: invalid configuration: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    LOG.info("Starting cyberwatch-ingest-server {} with{}", ImplementationVersion.of(IngestServer.class),
        config.settings().describe());
    Collector collector;
    try {
      collector = Collector.start(config, Clock.systemUTC(), new IngestMetrics());
    } catch (ConfigException e) {
      System.err.println("cyberwatch-ingest-server: invalid configuration: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        collector.close();
        LOG.info("Stopped");
      } catch (Exception e) {
        LOG.error("Unclean stop", e);
      } finally {
        stopped.countDown();
      }
    }, "collector-stop"));
    stopped.await();
    return ExitCode.OK.code();
  }

  private Map<ConfigKey, String> flags() {
    Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
    for (ConfigKey key : ConfigKey.values()) {
      key.flag().map(spec::findOption).map(OptionSpec::<String>getValue).ifPresent(v -> flags.put(key, v));
    }
    return flags;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cyberwatch-ingest-server " + ImplementationVersion.of(IngestServer.class)};
    }
  }
}
