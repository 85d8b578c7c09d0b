package org.cyberwatch.probe.measure.path;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Runs an external measurement tool (scamper, mtr, traceroute, ping) and captures its output.
 * Injected into the path measurers so that their parsers are tested on recorded outputs and so
 * that integration tests can run the tools inside a network namespace.
 */
public interface CommandRunner {

  /** Whether {@code program} (a bare name such as {@code scamper}) can be run. */
  boolean isInstalled(String program);

  /**
   * Runs {@code command} (program and arguments) and waits at most {@code timeout}; a command still
   * running then is killed and reported with {@link CommandOutput#timedOut()}.
   *
   * @throws IOException when the program cannot be started
   */
  CommandOutput run(List<String> command, Duration timeout)
      throws IOException, InterruptedException;
}
