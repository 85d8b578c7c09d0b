package org.cyberwatch.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged agent ({@code target/cyberwatch-probe-agent.jar}) in its own JVM, in the
 * background so a test can kill it. It runs with {@code -Xmx64m}: the README promises the agent
 * fits in 64 MiB of heap, and these runs against the real collector are where that is checked
 * ({@code org.cyberwatch.testing.RunnableJar} takes no JVM options and waits for the end).
 */
final class AgentProcess implements AutoCloseable {
  static final Path JAR = Path.of("target/cyberwatch-probe-agent.jar");

  private final Process process;
  private final Path stderr;

  private AgentProcess(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
  }

  /** Starts {@code java -Xmx64m jvmOptions… -jar JAR args…}, logs in {@code logDir/name.*}. */
  static AgentProcess start(Path logDir, String name, List<String> jvmOptions, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(args);
    Path err = logDir.resolve(name + ".stderr.txt");
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(logDir.resolve(name + ".stdout.txt").toFile())
        .redirectError(err.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("PROBE_"));
    return new AgentProcess(pb.start(), err);
  }

  /** Waits for the agent to exit by itself; its exit code. */
  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("agent did not finish within " + timeout + ":\n"
          + stderr());
    }
    return process.exitValue();
  }

  /** SIGKILL, and waits until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  String stderr() {
    try {
      return Files.readString(stderr);
    } catch (IOException e) {
      return "(no stderr: " + e + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
