package org.cyberwatch.probe.measure.path;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command runner with a fixed set of installed tools and a canned output per tool. */
final class FakeCommandRunner implements CommandRunner {

  private final Set<String> installed;
  private final Map<String, CommandOutput> outputs;
  final List<List<String>> commands = new ArrayList<>();

  FakeCommandRunner(Set<String> installed, Map<String, CommandOutput> outputs) {
    this.installed = Set.copyOf(installed);
    this.outputs = Map.copyOf(outputs);
  }

  @Override
  public boolean isInstalled(String program) {
    return installed.contains(program);
  }

  @Override
  public CommandOutput run(List<String> command, Duration timeout) throws IOException {
    commands.add(List.copyOf(command));
    CommandOutput out = outputs.get(command.get(0));
    if (out == null) {
      throw new IOException("Cannot run program \"" + command.get(0) + "\"");
    }
    return out;
  }
}
