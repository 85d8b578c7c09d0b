package org.cyberwatch.ingest.http;

import java.net.URI;
import org.cyberwatch.ingest.config.HttpSettings;
import org.cyberwatch.ingest.config.TlsSettings;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Jetty server of the probe API: one connector (HTTPS when a keystore is configured, else
 * HTTP) and the {@link ApiHandler} with every route. Jetty appears only in this package.
 */
public final class CollectorHttpServer implements AutoCloseable {

  private final Server server;
  private final ServerConnector connector;
  private final boolean tls;

  private CollectorHttpServer(Server server, ServerConnector connector, boolean tls) {
    this.server = server;
    this.connector = connector;
    this.tls = tls;
  }

  /** Builds and starts the server; the port is bound when this returns. */
  public static CollectorHttpServer start(HttpSettings settings, HttpServices services) throws Exception {
    Server server = new Server(new QueuedThreadPool(200, 8, 60_000));
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector;
    if (settings.tlsSettings().isPresent()) {
      http.addCustomizer(new SecureRequestCustomizer());
      connector = new ServerConnector(server, new SslConnectionFactory(ssl(settings.tls()), "http/1.1"),
          new HttpConnectionFactory(http));
    } else {
      connector = new ServerConnector(server, new HttpConnectionFactory(http));
    }
    connector.setHost(settings.listen().host().isEmpty() ? null : settings.listen().host());
    connector.setPort(settings.listen().port());
    server.addConnector(connector);
    server.setHandler(new ApiHandler(routes(settings, services),
        new RequestBody(settings.maxBodyBytes(), settings.maxDecompressedBytes()), services.metrics()));
    server.setErrorHandler(new JsonErrorHandler());
    server.start();
    return new CollectorHttpServer(server, connector, settings.tlsSettings().isPresent());
  }

  static RouteTable routes(HttpSettings settings, HttpServices s) {
    RouteTable table = new RouteTable();
    new ReportRoutes(s.reports(), s.tunnels(), s.metrics()).register(table);
    new CheckInRoutes(s.checkIn(), s.targets()).register(table);
    new MeasurementRoutes(s.measurements()).register(table);
    new PeerRoutes(s.peers()).register(table);
    new AdminRoutes(settings.adminToken(), s.admin()).register(table);
    new OpsRoutes(s.health(), s.metrics()).register(table);
    return table;
  }

  private static SslContextFactory.Server ssl(TlsSettings tls) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStorePath(tls.keystore().toString());
    ssl.setKeyStoreType("PKCS12");
    ssl.setKeyStorePassword(tls.password());
    return ssl;
  }

  /** The bound port (useful with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@code http(s)://127.0.0.1:<port>} for local clients. */
  public URI localUri() {
    return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + port());
  }

  /** Stops accepting requests; in-flight requests finish first (graceful stop). */
  @Override
  public void close() throws Exception {
    server.setStopTimeout(10_000);
    server.stop();
  }
}
