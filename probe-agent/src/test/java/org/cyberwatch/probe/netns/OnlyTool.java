package org.cyberwatch.probe.netns;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.cyberwatch.probe.measure.path.CommandOutput;
import org.cyberwatch.probe.measure.path.CommandRunner;

/** A command runner that hides every tool but one, to test each fall-back tool for real. */
record OnlyTool(String tool, CommandRunner delegate) implements CommandRunner {

  @Override
  public boolean isInstalled(String program) {
    return program.equals(tool) && delegate.isInstalled(program);
  }

  @Override
  public CommandOutput run(List<String> command, Duration timeout)
      throws IOException, InterruptedException {
    return delegate.run(command, timeout);
  }
}
