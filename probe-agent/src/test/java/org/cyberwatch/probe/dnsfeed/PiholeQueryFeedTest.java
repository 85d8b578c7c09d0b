package org.cyberwatch.probe.dnsfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PiholeQueryFeedTest {
  private HttpServer server;
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI start() throws Exception {
    byte[] queries = Files.readAllBytes(Path.of(
        "src/test/resources/fixtures/dnsfeed/pihole-v6-queries.json"));
    byte[] login = ("{\"session\":{\"valid\":true,\"totp\":false,\"sid\":\"vFA+EP4MQ5JJvJg+3Q2Jnw=\","
        + "\"csrf\":\"Ux87YTIiMOf/GKCefVIOMw=\",\"validity\":300}}").getBytes();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    server.createContext("/api/auth", ex -> {
      seen.add("auth " + new String(ex.getRequestBody().readAllBytes()));
      ex.sendResponseHeaders(200, login.length);
      ex.getResponseBody().write(login);
      ex.close();
    });
    server.createContext("/api/queries", ex -> {
      seen.add("queries sid=" + ex.getRequestHeaders().getFirst("X-FTL-SID") + " "
          + ex.getRequestURI().getQuery());
      ex.sendResponseHeaders(200, queries.length);
      ex.getResponseBody().write(queries);
      ex.close();
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void logsInPollsWithTheSessionAndReturnsOnlyNewQueries() throws Exception {
    PiholeQueryFeed feed = new PiholeQueryFeed(start(), Optional.of("secret"),
        HttpClient.newHttpClient(), Duration.ofSeconds(5));

    List<DnsQueryEvent> first = feed.readNew(100);
    List<DnsQueryEvent> second = feed.readNew(100);

    assertEquals(List.of(new DnsQueryEvent("A", "community.stoplight.io", "192.168.0.14"),
        new DnsQueryEvent("AAAA", "api.github.com", "127.0.0.1")), first);
    assertEquals(List.of(), second);
    assertEquals(List.of("auth {\"password\":\"secret\"}",
        "queries sid=vFA+EP4MQ5JJvJg+3Q2Jnw= length=100",
        "queries sid=vFA+EP4MQ5JJvJg+3Q2Jnw= length=100&from=1581907991"), seen);
  }
}
