package org.cyberwatch.probe.measure.path;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.cyberwatch.probe.measure.FailureVocabulary;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;

/**
 * {@code traceroute}: the path to a host name or IP address, hop by hop. Runs the first installed
 * of {@code scamper -O json} (ICMP Paris traceroute), {@code mtr --raw} (ICMP) and {@code
 * traceroute -n -I} (ICMP), always towards the resolved address so the input never reaches a
 * command line. A tool that cannot run is a {@code failure}, not a fall-back to the next tool.
 */
public final class TracerouteMeasurer implements Measurer {

  private final ResolvingRun run;
  private final CommandRunner runner;
  private final TraceOptions options;

  public TracerouteMeasurer(Clock clock, CommandRunner runner, HostResolver resolver,
      TraceOptions options) {
    this.run = new ResolvingRun(clock, resolver);
    this.runner = runner;
    this.options = options;
  }

  @Override
  public String testName() {
    return "traceroute";
  }

  @Override
  public String testVersion() {
    return "0.1.0";
  }

  @Override
  public MeasurementResult measure(String input) throws InterruptedException {
    return run.measure(input, this::trace, (target, dst, failure) -> failed(target, dst,
        "icmp-paris", failure));
  }

  private ObjectNode trace(String target, String dst) throws InterruptedException {
    String a = Integer.toString(options.attempts());
    String f = Integer.toString(options.firstTtl());
    String m = Integer.toString(options.maxTtl());
    String w = Integer.toString(options.waitSeconds());
    String method = "icmp";
    try {
      if (runner.isInstalled("scamper")) {
        method = "icmp-paris";
        ToolRun run = ToolRun.run(runner, List.of("scamper", "-O", "json", "-c",
            "trace -P icmp-paris -q " + a + " -f " + f + " -m " + m + " -w " + w, "-i", dst),
            options.timeout(), Set.of(0));
        return run.failure() != null ? failed(target, dst, method, run.failure())
            : new ScamperTraceParser().parse(run.stdout()).toTestKeys(target, dst);
      }
      if (runner.isInstalled("mtr")) {
        ToolRun run = ToolRun.run(runner, List.of("mtr", "--raw", "-n", "-c", a, "-f", f, "-m", m,
            "-G", w, dst), options.timeout(), Set.of(0));
        return run.failure() != null ? failed(target, dst, method, run.failure())
            : new MtrRawParser().parse(run.stdout(), dst, options).toTestKeys(target, dst);
      }
      if (runner.isInstalled("traceroute")) {
        ToolRun run = ToolRun.run(runner, List.of("traceroute", "-n", "-I", "-q", a, "-f", f,
            "-m", m, "-w", w, dst), options.timeout(), Set.of(0));
        return run.failure() != null ? failed(target, dst, method, run.failure())
            : new TracerouteTextParser().parse(run.stdout(), options).toTestKeys(target, dst);
      }
    } catch (ToolOutputException e) {
      return failed(target, dst, method, ToolRun.unparseable(e).failure());
    }
    return failed(target, dst, "icmp-paris",
        FailureVocabulary.unknown("none of scamper, mtr, traceroute is installed"));
  }

  private ObjectNode failed(String target, String dst, String method, String failure) {
    return TraceTestKeys.failed(target, dst, method, options, failure);
  }
}
