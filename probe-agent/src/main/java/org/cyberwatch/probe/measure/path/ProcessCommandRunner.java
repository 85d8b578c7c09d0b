package org.cyberwatch.probe.measure.path;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs commands with {@link ProcessBuilder}, optionally behind a fixed prefix such as {@code ip
 * netns exec <namespace>}. Output goes to temporary files, so a chatty tool never blocks on a full
 * pipe; a command past its timeout is killed.
 */
public final class ProcessCommandRunner implements CommandRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessCommandRunner.class);
  private static final List<String> SYSTEM_DIRS = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

  private final List<String> prefix;
  private final List<Path> searchPath;

  private ProcessCommandRunner(List<String> prefix, List<Path> searchPath) {
    this.prefix = List.copyOf(prefix);
    this.searchPath = List.copyOf(searchPath);
  }

  /** Runs commands directly, finding programs on {@code PATH} and the system directories. */
  public static ProcessCommandRunner local() {
    return withPrefix(List.of());
  }

  /** Runs every command as {@code prefix + command}, e.g. {@code [ip, netns, exec, ns]}. */
  public static ProcessCommandRunner withPrefix(List<String> prefix) {
    Set<Path> dirs = new LinkedHashSet<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isBlank()) {
          dirs.add(Path.of(dir));
        }
      }
    }
    SYSTEM_DIRS.forEach(dir -> dirs.add(Path.of(dir)));
    return new ProcessCommandRunner(prefix, new ArrayList<>(dirs));
  }

  @Override
  public boolean isInstalled(String program) {
    return searchPath.stream().map(dir -> dir.resolve(program)).anyMatch(Files::isExecutable);
  }

  @Override
  public CommandOutput run(List<String> command, Duration timeout)
      throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(prefix);
    argv.addAll(command);
    Path out = Files.createTempFile("cw-cmd", ".out");
    Path err = Files.createTempFile("cw-cmd", ".err");
    try {
      Process process = new ProcessBuilder(argv)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      boolean finished = waitFor(process, timeout);
      LOG.debug("{} exited {} (finished in time: {})", argv, finished ? process.exitValue() : -1,
          finished);
      return new CommandOutput(finished ? process.exitValue() : -1,
          Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
              StandardCharsets.UTF_8), !finished);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static boolean waitFor(Process process, Duration timeout) throws InterruptedException {
    try {
      if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return true;
      }
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      return false;
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw e;
    }
  }
}
