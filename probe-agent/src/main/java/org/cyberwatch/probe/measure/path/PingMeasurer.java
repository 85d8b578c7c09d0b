package org.cyberwatch.probe.measure.path;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cyberwatch.probe.measure.FailureVocabulary;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;

/**
 * {@code ping}: ICMP echo round-trip times to a host name or IP address, with {@code scamper -O
 * json} (ping mode) when installed, else iputils {@code ping -n}. A destination that never answers
 * is a result (loss 1), not a failure; a tool that cannot run is a failure.
 */
public final class PingMeasurer implements Measurer {

  private final ResolvingRun run;
  private final CommandRunner runner;
  private final PingOptions options;

  public PingMeasurer(Clock clock, CommandRunner runner, HostResolver resolver,
      PingOptions options) {
    this.run = new ResolvingRun(clock, resolver);
    this.runner = runner;
    this.options = options;
  }

  @Override
  public String testName() {
    return "ping";
  }

  @Override
  public String testVersion() {
    return "0.1.0";
  }

  @Override
  public MeasurementResult measure(String input) throws InterruptedException {
    return run.measure(input, this::ping,
        (target, dst, failure) -> PingRun.failed(target, dst, options, failure));
  }

  private ObjectNode ping(String target, String dst) throws InterruptedException {
    String count = Integer.toString(options.count());
    String interval = String.format(Locale.ROOT, "%.3f", options.intervalSeconds());
    try {
      if (runner.isInstalled("scamper")) {
        ToolRun run = ToolRun.run(runner, List.of("scamper", "-O", "json", "-c",
            "ping -c " + count + " -i " + interval, "-i", dst), options.timeout(), Set.of(0));
        return run.failure() != null ? PingRun.failed(target, dst, options, run.failure())
            : new ScamperPingParser().parse(run.stdout()).toTestKeys(target, dst);
      }
      if (runner.isInstalled("ping")) {
        ToolRun run = ToolRun.run(runner, List.of("ping", "-n", "-c", count, "-i", interval, "-W",
            Integer.toString(options.waitSeconds()), dst), options.timeout(), Set.of(0, 1));
        return run.failure() != null ? PingRun.failed(target, dst, options, run.failure())
            : new PingTextParser().parse(run.stdout(), options).toTestKeys(target, dst);
      }
    } catch (ToolOutputException e) {
      return PingRun.failed(target, dst, options, ToolRun.unparseable(e).failure());
    }
    return PingRun.failed(target, dst, options,
        FailureVocabulary.unknown("neither scamper nor ping is installed"));
  }
}
