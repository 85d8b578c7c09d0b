package org.cyberwatch.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The real collector: the ingest server's shaded jar ({@code
 * ../ingest-server/target/cyberwatch-ingest-server.jar}, built before this module in the reactor;
 * no compile-time dependency) in its own JVM on a free loopback port, with a temporary spool and a
 * local cans directory. Its check-in allows 6000 measurements a minute, so the agent's own rate
 * limits are the ones in force. The collector keeps spooled measurements only in its journal, so
 * what it stored is read the way an operator gets it: seal now ({@code POST /admin/seal}), then
 * read the cans.
 */
final class CollectorProcess implements AutoCloseable {
  static final Path JAR = Path.of("../ingest-server/target/cyberwatch-ingest-server.jar");
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN_TOKEN = "collector-it-" + UUID.randomUUID();

  private final Process process;
  private final URI url;
  private final Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private CollectorProcess(Process process, URI url, Path dir) {
    this.process = process;
    this.url = url;
    this.dir = dir;
  }

  /** Starts a collector keeping its spool, cans and log in {@code dir}. */
  static CollectorProcess start(Path dir) throws Exception {
    Files.createDirectories(dir);
    Path targets = dir.resolve("targets.json");
    Files.writeString(targets, "{\"version\":1,\"settings\":{\"rate_limits\":"
        + "{\"measurements_per_minute\":6000,\"burst\":100}}}");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx256m", "-jar", JAR.toString(), "--listen", "127.0.0.1:0",
        "--spool-dir", dir.resolve("spool").toString(), "--cans-dir",
        dir.resolve("cans").toString(), "--targets-file", targets.toString(),
        "--disk-floor", "1MiB")
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(dir.resolve("collector.stdout.txt").toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("INGEST_"));
    pb.environment().put("INGEST_ADMIN_TOKEN", ADMIN_TOKEN);
    Process p = pb.start();
    CompletableFuture<URI> url = new CompletableFuture<>();
    Thread log = new Thread(() -> copyLog(p, dir.resolve("collector.stderr.txt"), url),
        "collector-log");
    log.setDaemon(true);
    log.start();
    try {
      return new CollectorProcess(p, url.get(60, TimeUnit.SECONDS), dir);
    } catch (Exception e) {
      p.destroyForcibly();
      throw new IllegalStateException("collector did not start; see " + dir, e);
    }
  }

  private static void copyLog(Process p, Path file, CompletableFuture<URI> url) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getErrorStream(),
        StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(file),
        true)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.println(line);
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          url.complete(URI.create(m.group(1) + "/"));
        }
      }
      url.completeExceptionally(new IllegalStateException("collector exited"));
    } catch (IOException e) {
      url.completeExceptionally(e);
    }
  }

  /** The probe API's base URL, ending in {@code /}. */
  URI url() {
    return url;
  }

  /**
   * Every stored measurement by uid: seals everything spooled ({@code POST /admin/seal}), then
   * reads the JSONL cans, waiting for upload ({@code spool/outbox}) or uploaded ({@code cans/}). A
   * measurement met in several places on its way is one measurement, and each of its copies must
   * be identical.
   */
  Map<String, JsonNode> stored() throws IOException, InterruptedException {
    sealNow();
    Map<String, JsonNode> out = new TreeMap<>();
    for (Path root : List.of(dir.resolve("spool/outbox"), dir.resolve("cans"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> cans;
      try (var files = Files.walk(root)) {
        cans = files.filter(f -> f.toString().endsWith(".jsonl.gz")).toList();
      }
      for (Path can : cans) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
            Files.newInputStream(can)), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            JsonNode m = JSON.readTree(line);
            JsonNode before = out.put(m.path("measurement_uid").asText(), m);
            if (before != null && !before.equals(m)) {
              throw new IllegalStateException("two versions of " + m.path("measurement_uid"));
            }
          }
        }
      }
    }
    return out;
  }

  /** {@code POST /admin/seal}: every spooled measurement sealed into cans and uploaded. */
  private void sealNow() throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("admin/seal"))
        .header("Authorization", "Bearer " + ADMIN_TOKEN).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("POST admin/seal answered " + r.statusCode() + ": " + r.body());
    }
  }

  /** {@code GET /api/v1/measurement/{uid}}: the stored measurement. */
  JsonNode measurement(String uid) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(url.resolve(
        "api/v1/measurement/" + uid)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET measurement " + uid + " answered " + r.statusCode());
    }
    return JSON.readTree(r.body());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
