package org.cyberwatch.testing.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The web sites the demo's probes measure: a page of about 75 KiB over HTTP and HTTPS on each
 * given address (the HTTPS certificate comes from a PKCS#12 keystore the demo script makes with
 * keytool). Runs until stopped.
 *
 * <pre>
 * java -cp … org.cyberwatch.testing.demo.DemoTargets KEYSTORE PASSWORD HTTP_PORT HTTPS_PORT ADDRESS…
 * </pre>
 */
public final class DemoTargets {
  private static final byte[] PAGE =
      ("<!doctype html><title>cyberWatch demo target</title>"
              + "<p>This page is served by the cyberWatch demo to its own probes.</p>\n")
          .repeat(640)
          .getBytes(StandardCharsets.UTF_8);

  private DemoTargets() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: DemoTargets KEYSTORE PASSWORD HTTP_PORT HTTPS_PORT ADDRESS...");
      System.exit(2);
    }
    SSLContext tls = tls(Path.of(args[0]), args[1].toCharArray());
    int httpPort = Integer.parseInt(args[2]);
    int httpsPort = Integer.parseInt(args[3]);
    List<HttpServer> servers = new ArrayList<>();
    for (String address : List.of(args).subList(4, args.length)) {
      servers.add(start(HttpServer.create(new InetSocketAddress(address, httpPort), 50)));
      HttpsServer https = HttpsServer.create(new InetSocketAddress(address, httpsPort), 50);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      servers.add(start(https));
      System.out.printf("[targets] http://%s:%d/ and https://%s:%d/%n", address, httpPort,
          address, httpsPort);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      servers.forEach(s -> s.stop(0));
      stopped.countDown();
    }));
    stopped.await();
  }

  private static HttpServer start(HttpServer server) {
    server.createContext("/", DemoTargets::page);
    server.start();
    return server;
  }

  private static void page(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
      in.readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, PAGE.length);
      out.write(PAGE);
    }
  }

  private static SSLContext tls(Path keystore, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, password);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    return context;
  }
}
