package org.cyberwatch.probe.measure.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.cyberwatch.probe.measure.FailureVocabulary;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.Seconds;

/**
 * Times one HTTP/1.1 GET on a fresh connection (so each time includes TCP and, for https, the TLS
 * handshake with certificate and host name verification), without following redirects (a redirect
 * from HTTP to HTTPS would defeat the comparison); the body is read to its end and counted, not
 * kept. Failures are mapped to df-007 tokens by {@link FailureVocabulary}.
 */
public final class HttpFetcher {

  private final Clock clock;
  private final Duration timeout;
  private final SSLContext sslContext;
  private final String userAgent;
  private final HostResolver resolver;

  /**
   * @param timeout connect timeout and timeout of each read
   * @param sslContext TLS settings; {@code SSLContext.getDefault()} verifies against the system
   *     trust store
   * @param resolver resolves the URL's host; {@link HostResolver#SYSTEM} answers IP literals
   *     without any DNS
   */
  public HttpFetcher(Clock clock, Duration timeout, SSLContext sslContext, String userAgent,
      HostResolver resolver) {
    this.clock = clock;
    this.resolver = resolver;
    this.timeout = timeout;
    this.sslContext = sslContext;
    this.userAgent = userAgent;
  }

  /** GETs {@code uri} ({@code http} or {@code https}). */
  public Fetch get(URI uri) throws InterruptedException {
    boolean tls = uri.getScheme().equals("https");
    int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
    String host = uri.getHost().startsWith("[")
        ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
    String target = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath()
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    Instant start = clock.instant();
    try (Socket socket = open(host, port, tls)) {
      Http11Get.Response response = Http11Get.get(new BufferedInputStream(
          socket.getInputStream()), new BufferedOutputStream(socket.getOutputStream()),
          uri.getRawAuthority(), target, userAgent);
      return new Fetch(uri.toString(), response.status(), response.bodyLength(),
          Seconds.between(start, clock.instant()), null);
    } catch (IOException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("interrupted while fetching");
      }
      return new Fetch(uri.toString(), null, null, null, FailureVocabulary.of(e));
    }
  }

  private Socket open(String host, int port, boolean tls) throws IOException {
    int millis = Math.toIntExact(timeout.toMillis());
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(resolver.resolve(host), port), millis);
      socket.setSoTimeout(millis);
      if (!tls) {
        return socket;
      }
      // The URL's host as given (a name, or the IP literal itself) is the TLS peer host: the JDK
      // then checks the certificate against it and sends no SNI for a literal, never asking a
      // name service for the connected address's name.
      SSLSocket ssl = (SSLSocket) sslContext.getSocketFactory().createSocket(socket, host, port,
          true);
      SSLParameters parameters = ssl.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      ssl.setSSLParameters(parameters);
      ssl.startHandshake();
      return ssl;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }
}
