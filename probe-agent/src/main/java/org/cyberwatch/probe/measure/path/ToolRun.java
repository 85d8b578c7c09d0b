package org.cyberwatch.probe.measure.path;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.cyberwatch.probe.measure.FailureVocabulary;

/**
 * The outcome of running one tool: its standard output, or the failure token saying why there is
 * none to parse (timeout, start failure, exit status not in {@code okExitCodes}).
 *
 * @param stdout the output to parse, null when {@code failure} is set
 * @param failure the df-007 failure token, null when the tool ran
 */
record ToolRun(String stdout, String failure) {

  static ToolRun run(CommandRunner runner, List<String> command, Duration timeout,
      Set<Integer> okExitCodes) throws InterruptedException {
    String tool = command.get(0);
    CommandOutput out;
    try {
      out = runner.run(command, timeout);
    } catch (IOException e) {
      return new ToolRun(null, FailureVocabulary.unknown(tool + " could not be started: "
          + e.getMessage()));
    }
    if (out.timedOut()) {
      return new ToolRun(null, FailureVocabulary.GENERIC_TIMEOUT);
    }
    if (!okExitCodes.contains(out.exitCode())) {
      String firstLine = out.stderr().strip().lines().findFirst().orElse("");
      return new ToolRun(null, FailureVocabulary.unknown(tool + " exited with status "
          + out.exitCode() + (firstLine.isEmpty() ? "" : ": " + firstLine)));
    }
    return new ToolRun(out.stdout(), null);
  }

  static ToolRun unparseable(ToolOutputException e) {
    return new ToolRun(null, FailureVocabulary.unknown(e.getMessage()));
  }
}
