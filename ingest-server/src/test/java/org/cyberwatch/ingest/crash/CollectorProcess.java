package org.cyberwatch.ingest.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The collector's shaded jar running in its own JVM on a fixed loopback port, the way an operator
 * runs it. {@link #kill()} is SIGKILL ({@link Process#destroyForcibly()}): no shutdown hook, no
 * graceful close. {@link #restart()} starts a new process with the same flags and environment, so
 * on the same spool. Each run writes its own log file.
 */
final class CollectorProcess implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final List<String> command;
  private final Map<String, String> env;
  private final Path logDir;
  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private Path log;
  private int runs;
  private int kills;
  private final List<Long> startMillis = new ArrayList<>();

  private CollectorProcess(List<String> command, Map<String, String> env, Path logDir, URI base) {
    this.command = command;
    this.env = env;
    this.logDir = logDir;
    this.base = base;
  }

  /**
   * Starts {@code java -jar jar flags…} listening on a free loopback port (added as {@code
   * --listen}); returns once {@code /health} answers.
   *
   * @param env the only {@code INGEST_*} variables the process sees
   */
  static CollectorProcess start(Path jar, List<String> flags, Map<String, String> env, Path logDir)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-XX:+UseSerialGC",
        "-jar", jar.toAbsolutePath().toString(), "--listen", "127.0.0.1:" + port));
    command.addAll(flags);
    CollectorProcess p = new CollectorProcess(List.copyOf(command), Map.copyOf(env), logDir,
        URI.create("http://127.0.0.1:" + port));
    p.restart();
    return p;
  }

  /** {@code http://127.0.0.1:<port>}; the same for every run. */
  URI base() {
    return base;
  }

  /** Starts the next run and waits until it answers {@code /health}. */
  void restart() throws IOException, InterruptedException {
    runs++;
    log = logDir.resolve("collector-run-" + runs + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.environment().keySet().removeIf(k -> k.startsWith("INGEST_"));
    pb.environment().putAll(env);
    long t0 = System.nanoTime();
    process = pb.start();
    awaitReady();
    startMillis.add((System.nanoTime() - t0) / 1_000_000);
  }

  /** SIGKILL, then waits for the process to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
    kills++;
  }

  /** How many times the collector was killed. */
  int kills() {
    return kills;
  }

  /** Whether the current run's log holds {@code text}. */
  boolean logContains(String text) throws IOException {
    return Files.readString(log).contains(text);
  }

  /** How long each run took to answer {@code /health}, in ms. */
  List<Long> startMillis() {
    return List.copyOf(startMillis);
  }

  /** How many runs logged {@code text}. */
  long runsThatLogged(String text) throws IOException {
    long n = 0;
    for (int i = 1; i <= runs; i++) {
      n += Files.readString(logDir.resolve("collector-run-" + i + ".log")).contains(text) ? 1 : 0;
    }
    return n;
  }

  /** The current run's log, for failure messages. */
  String logText() throws IOException {
    return Files.readString(log);
  }

  /** SIGTERM (graceful stop) and waits for the exit code. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the collector exited with " + process.exitValue() + ":\n" + logText());
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the collector did not answer within " + READY_TIMEOUT + ":\n" + logText());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
