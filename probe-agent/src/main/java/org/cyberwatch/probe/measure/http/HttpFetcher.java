package org.cyberwatch.probe.measure.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import org.cyberwatch.probe.measure.FailureVocabulary;
import org.cyberwatch.probe.measure.Seconds;

/**
 * Times one HTTP/1.1 GET with the JDK client: a fresh client per fetch (no connection reuse, so
 * each time includes TCP and TLS set-up), redirects not followed (a redirect from HTTP to HTTPS
 * would defeat the comparison), body read to the end and counted, not kept. Failures are mapped to
 * df-007 tokens by {@link FailureVocabulary}.
 */
public final class HttpFetcher {

  private static final int BUFFER = 16 * 1024;

  private final Clock clock;
  private final Duration timeout;
  private final SSLContext sslContext;
  private final String userAgent;

  /**
   * @param timeout connect timeout and whole-request timeout
   * @param sslContext TLS settings; {@code SSLContext.getDefault()} verifies against the system
   *     trust store
   */
  public HttpFetcher(Clock clock, Duration timeout, SSLContext sslContext, String userAgent) {
    this.clock = clock;
    this.timeout = timeout;
    this.sslContext = sslContext;
    this.userAgent = userAgent;
  }

  /** GETs {@code uri}. */
  public Fetch get(URI uri) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
        .sslContext(sslContext).build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
        .header("User-Agent", userAgent).build();
    Instant start = clock.instant();
    Integer status = null;
    try {
      HttpResponse<InputStream> response = client.send(request,
          HttpResponse.BodyHandlers.ofInputStream());
      status = response.statusCode();
      long length = drain(response.body());
      return new Fetch(uri.toString(), status, length, Seconds.between(start, clock.instant()),
          null);
    } catch (IOException e) {
      return new Fetch(uri.toString(), status, null, null, FailureVocabulary.of(e));
    }
  }

  private static long drain(InputStream body) throws IOException {
    try (body) {
      byte[] buffer = new byte[BUFFER];
      long total = 0;
      for (int n; (n = body.read(buffer)) >= 0; ) {
        total += n;
      }
      return total;
    }
  }
}
