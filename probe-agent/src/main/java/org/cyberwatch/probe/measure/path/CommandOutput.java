package org.cyberwatch.probe.measure.path;

import java.util.Objects;

/**
 * What an external command produced.
 *
 * @param exitCode the exit status (-1 when killed after the timeout)
 * @param stdout standard output, UTF-8
 * @param stderr standard error, UTF-8
 * @param timedOut whether the command was killed because it ran past its timeout
 */
public record CommandOutput(int exitCode, String stdout, String stderr, boolean timedOut) {
  public CommandOutput {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
  }

  /** A command that exited with {@code exitCode} and printed {@code stdout} only. */
  public static CommandOutput exited(int exitCode, String stdout) {
    return new CommandOutput(exitCode, stdout, "", false);
  }
}
