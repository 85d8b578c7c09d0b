package org.cyberwatch.probe.dnsfeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Polls a Pi-hole v6 API for recent queries: {@code POST /api/auth {"password":…}} gives a session
 * id (sent as {@code X-FTL-SID}; renewed on 401), then {@code GET /api/queries?from=<unix>&length=N}
 * returns {@code {"queries":[{"id","time","type","domain","client":{"ip","name"},…}]}}. Only
 * queries with an id above the last one seen are returned.
 */
public final class PiholeQueryFeed implements DnsEventReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final Optional<String> password;
  private final HttpClient http;
  private final Duration timeout;
  private String sid;
  private long lastId = -1;
  private double lastTime;

  /** A poller of the Pi-hole at {@code base} (e.g. {@code http://127.0.0.1}). */
  public PiholeQueryFeed(URI base, Optional<String> password, HttpClient http, Duration timeout) {
    this.base = base;
    this.password = password;
    this.http = http;
    this.timeout = timeout;
  }

  @Override
  public List<DnsQueryEvent> readNew(int max) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = get(max);
    if (response.statusCode() == 401 && password.isPresent()) {
      sid = null;
      response = get(max);
    }
    if (response.statusCode() != 200) {
      throw new IOException("Pi-hole " + base + " answered " + response.statusCode()
          + " to /api/queries");
    }
    return parse(JSON.readTree(response.body()), max);
  }

  private HttpResponse<byte[]> get(int max) throws IOException, InterruptedException {
    if (sid == null && password.isPresent()) {
      sid = login();
    }
    String query = "length=" + max + (lastTime > 0 ? "&from=" + (long) Math.floor(lastTime) : "");
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/api/queries?" + query))
        .timeout(timeout).GET();
    if (sid != null) {
      b.header("X-FTL-SID", sid);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private String login() throws IOException, InterruptedException {
    byte[] body = JSON.writeValueAsBytes(JSON.createObjectNode().put("password", password.get()));
    HttpRequest req = HttpRequest.newBuilder(base.resolve("/api/auth")).timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    JsonNode session = JSON.readTree(r.body()).path("session");
    if (r.statusCode() != 200 || !session.path("valid").asBoolean(false)) {
      throw new IOException("Pi-hole " + base + " refused the login (" + r.statusCode() + ")");
    }
    return session.path("sid").isTextual() ? session.path("sid").asText() : null;
  }

  private List<DnsQueryEvent> parse(JsonNode root, int max) {
    List<DnsQueryEvent> out = new ArrayList<>();
    long newest = lastId;
    for (JsonNode q : root.path("queries")) {
      long id = q.path("id").asLong(-1);
      if (id <= lastId || !q.path("domain").isTextual() || !q.path("type").isTextual()) {
        continue;
      }
      newest = Math.max(newest, id);
      lastTime = Math.max(lastTime, q.path("time").asDouble(0));
      JsonNode ip = q.path("client").path("ip");
      if (out.size() < max) {
        out.add(new DnsQueryEvent(q.path("type").asText(), q.path("domain").asText(),
            ip.isTextual() ? ip.asText() : null));
      }
    }
    lastId = newest;
    return out;
  }
}
