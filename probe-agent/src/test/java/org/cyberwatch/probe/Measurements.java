package org.cyberwatch.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** What the collector ITs compare: measurements as the agent and as the collector keep them. */
final class Measurements {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Measurements() {}

  /**
   * What makes a measurement this measurement, wherever it is: a tunnel report is its {@code
   * uuid}; an envelope is its content without what the collector adds or the submission fills
   * ({@code measurement_uid}, {@code probe_ip}, {@code report_id}).
   */
  static JsonNode identity(JsonNode m) {
    if (m.has("report-type")) {
      return TextNode.valueOf("tunnel " + m.path("uuid").asText());
    }
    if ("tunnel_telemetry".equals(m.path("test_name").asText())) {
      return TextNode.valueOf("tunnel " + m.path("test_keys").path("uuid").asText());
    }
    ObjectNode copy = m.deepCopy();
    copy.remove(List.of("measurement_uid", "probe_ip", "report_id"));
    return copy;
  }

  /** The finished measurements waiting in {@code outbox}'s {@code pending/} directory. */
  static List<JsonNode> pending(Path outbox) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (var files = Files.list(outbox.resolve("pending"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        out.add(JSON.readTree(f.toFile()));
      }
    }
    return out;
  }

  /** Waits (on file-system events, no polling) until {@code outbox} holds {@code n} entries. */
  static void awaitPending(Path outbox, int n, Duration timeout)
      throws IOException, InterruptedException {
    Path dir = outbox.resolve("pending");
    Files.createDirectories(dir);
    long end = System.nanoTime() + timeout.toNanos();
    try (WatchService watcher = dir.getFileSystem().newWatchService()) {
      dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
      while (pending(outbox).size() < n) {
        WatchKey key = watcher.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (key == null) {
          throw new IllegalStateException("fewer than " + n + " outbox entries after " + timeout);
        }
        key.pollEvents();
        key.reset();
      }
    }
  }

  /** Uids of stored measurements that {@code GET /api/v1/measurement/{uid}} does not return as stored. */
  static List<String> notServedAsStored(CollectorProcess collector, Map<String, JsonNode> stored)
      throws Exception {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : stored.entrySet()) {
      if (!collector.measurement(e.getKey()).equals(e.getValue())) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /** {@code test input outcome} per measurement; tunnel reports by protocol and port. */
  static Set<String> summaries(Iterable<JsonNode> measurements) {
    Set<String> out = new TreeSet<>();
    for (JsonNode m : measurements) {
      JsonNode k = m.path("test_keys");
      String outcome = switch (m.path("test_name").asText()) {
        case "tcp_connect" -> k.path("status").path("success").asBoolean() ? "true"
            : k.path("status").path("failure").asText();
        case "http_vs_https" -> k.path("http_success") + "/" + k.path("https_success");
        case "traceroute" -> k.path("dst").asText();
        case "peer_locator" -> k.path("status").asText();
        default -> k.path("failure").toString();
      };
      String input = m.path("test_name").asText().equals("tunnel_telemetry")
          ? k.path("proto").asText() + ":" + k.path("endpoint_port") : m.path("input").asText();
      out.add(m.path("test_name").asText() + " " + input + " " + outcome);
    }
    return out;
  }
}
