package org.cyberwatch.probe.measure.path;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import org.cyberwatch.probe.measure.FailureVocabulary;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Seconds;

/**
 * The flow the path measurers share: check that the input is a host, start the clock, resolve the
 * host (an IP literal without any DNS) and run the tool towards that address, so the input never
 * reaches a command line; a host that does not resolve is a {@code dns_nxdomain_error} result with
 * the target as its destination.
 */
final class ResolvingRun {

  /** Runs the tool towards {@code dst}, the resolved address of {@code target}. */
  @FunctionalInterface
  interface Tool {
    ObjectNode run(String target, String dst) throws InterruptedException;
  }

  /** The test keys of a measurement that failed before any tool ran. */
  @FunctionalInterface
  interface Failed {
    ObjectNode keys(String target, String dst, String failure);
  }

  private final Clock clock;
  private final HostResolver resolver;

  ResolvingRun(Clock clock, HostResolver resolver) {
    this.clock = clock;
    this.resolver = resolver;
  }

  /** Measures {@code input} with {@code tool}, or records why its host did not resolve. */
  MeasurementResult measure(String input, Tool tool, Failed failed) throws InterruptedException {
    String target = PathTargets.requireHost(input);
    Instant start = clock.instant();
    ObjectNode keys;
    try {
      keys = tool.run(target, resolver.resolve(target).getHostAddress());
    } catch (UnknownHostException e) {
      keys = failed.keys(target, target, FailureVocabulary.DNS_NXDOMAIN);
    }
    return new MeasurementResult(input, start, Seconds.between(start, clock.instant()), keys);
  }
}
