package org.cyberwatch.pipelines.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the repository's {@code ./cyberwatch} script the way a person would, with its own data
 * directory, free store ports and its own lab name, so it never touches a demo of the developer.
 */
final class DemoRun {
  static final Path SCRIPT = Path.of("..", "cyberwatch").toAbsolutePath().normalize();

  private final Path dataDir;
  private final Map<String, String> env;

  private DemoRun(Path dataDir, Map<String, String> env) {
    this.dataDir = dataDir;
    this.env = env;
  }

  /** A demo environment under {@code dataDir} (the demo's default two-minute measuring window). */
  static DemoRun in(Path dataDir) throws IOException {
    long pid = ProcessHandle.current().pid() % 100_000;
    return new DemoRun(dataDir, Map.of(
        "CYBERWATCH_DEMO_DIR", dataDir.toString(),
        "CYBERWATCH_PG_PORT", String.valueOf(freePort()),
        "CYBERWATCH_BOLT_PORT", String.valueOf(freePort()),
        "CYBERWATCH_HTTP_PORT", String.valueOf(freePort()),
        "CYBERWATCH_S3_PORT", String.valueOf(freePort()),
        "CYBERWATCH_COLLECTOR_PORT", String.valueOf(freePort()),
        "CYBERWATCH_LAB_NAME", "cwit" + pid,
        "CYBERWATCH_LAB_HOST_LINK", "10.214.0",
        "CYBERWATCH_DEMO_CLASSPATH", System.getProperty("java.class.path")));
  }

  Path dataDir() {
    return dataDir;
  }

  /** Runs {@code ./cyberwatch args…}; the output (stdout and stderr) goes to {@code log}. */
  Result run(Path log, Duration timeout, String... args) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    argv.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true)
        .redirectOutput(log.toFile()).directory(SCRIPT.getParent().toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      p.waitFor(30, TimeUnit.SECONDS);
      throw new AssertionError("./cyberwatch " + String.join(" ", args) + " still running after "
          + timeout + "; output:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Exit code and output of one command. */
  record Result(int exitCode, String output) {}

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
