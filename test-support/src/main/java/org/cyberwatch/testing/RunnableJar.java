package org.cyberwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a module's bundled jar ({@code target/cyberwatch-*.jar}) in its own JVM, the way operators
 * and scripts run it, and captures exit code and output.
 */
public final class RunnableJar {
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final Path jar;

  private RunnableJar(Path jar) {
    this.jar = jar;
  }

  /** The jar at {@code path}, which must exist (build with {@code mvn package} first). */
  public static RunnableJar at(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("jar: no file at " + path.toAbsolutePath());
    }
    return new RunnableJar(path);
  }

  /** Runs {@code java -jar JAR args…} with no standard input and waits for it. */
  public Result run(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile("jar-out", ".txt");
      Path err = Files.createTempFile("jar-err", ".txt");
      Process process =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(jar + " did not finish within " + TIMEOUT);
      }
      return new Result(process.exitValue(), read(out), read(err));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.delete(file);
    return text;
  }

  /** What a run printed and how it ended. */
  public record Result(int exitCode, String stdout, String stderr) {}
}
