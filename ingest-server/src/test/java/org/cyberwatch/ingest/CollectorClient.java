package org.cyberwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.cyberwatch.ingest.testing.ApiFixtures;

/** A real HTTP client of one running collector, speaking as a probe does. */
final class CollectorClient {

  private final URI base;
  private final HttpClient http;

  CollectorClient(URI base, HttpClient http) {
    this.base = base;
    this.http = http;
  }

  CollectorClient(URI base) {
    this(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build());
  }

  HttpResponse<byte[]> post(String path, byte[] body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
        .header("User-Agent", "ooniprobe-cli/3.21.0 ooniprobe-engine/3.21.0")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A JSON POST as probe-cli sends it. */
  HttpResponse<byte[]> postJson(String path, byte[] body, String... headers) throws IOException, InterruptedException {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return post(path, body, all);
  }

  HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode json(HttpResponse<byte[]> r) throws IOException {
    return ApiFixtures.JSON.readTree(r.body());
  }
}
