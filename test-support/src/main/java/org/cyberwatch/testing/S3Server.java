package org.cyberwatch.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real S3-API server for tests: s3proxy with its filesystem backend, on 127.0.0.1, as a child
 * JVM.
 *
 * <p>It runs out of process on purpose: s3proxy is built on Jetty 11 and Neo4j 5.26 on Jetty 12.1,
 * and one Maven classpath cannot hold both. s3proxy's self-contained jar is copied into this module
 * at build time ({@code org/cyberwatch/testing/s3proxy.jar}) and started with the current JVM. One
 * server per test JVM ({@link #shared()}), stopped by a shutdown hook. Clients must use path-style
 * addressing (virtual-host style would resolve {@code bucket.127.0.0.1}).
 */
public final class S3Server implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(S3Server.class);
  private static final String ACCESS_KEY = "cyberwatch-test";
  private static final String SECRET_KEY = "cyberwatch-test-secret";
  private static final String REGION = "us-east-1";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static S3Server shared;

  private static final String LOOPBACK = "127.0.0.1";

  private final Process process;
  private final String host;
  private final int port;
  private final Path dataDir;

  private S3Server(Process process, String host, int port, Path dataDir) {
    this.process = process;
    this.host = host;
    this.port = port;
    this.dataDir = dataDir;
  }

  /** The server shared by every test in this JVM, started on first use. */
  public static synchronized S3Server shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "s3server-stop"));
    }
    return shared;
  }

  /** Starts a new server with an empty data directory; the caller closes it. */
  public static S3Server start() {
    try {
      Path home = Files.createTempDirectory("s3proxy");
      return start(home, LOOPBACK, freePort());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start s3proxy", e);
    }
  }

  /**
   * Starts a server that keeps its buckets in {@code home/data} (kept across starts: the demo's
   * store) and listens on {@code host:port}; the caller closes it.
   */
  public static S3Server start(Path home, String host, int port) {
    try {
      Files.createDirectories(home);
      Path dataDir = Files.createDirectories(home.resolve("data"));
      Path jar = extractJar(home);
      Path props = writeProperties(home, dataDir, host, port);
      Path log = home.resolve("s3proxy.log");
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process =
          new ProcessBuilder(
                  List.of(java.toString(), "-Xmx256m", "-jar", jar.toString(), "--properties",
                      props.toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      S3Server server = new S3Server(process, host, port, dataDir);
      long t0 = System.nanoTime();
      server.awaitReady(log);
      LOG.info("s3proxy on {} ready in {} ms", server.endpoint(), (System.nanoTime() - t0) / 1_000_000);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start s3proxy", e);
    }
  }

  /** {@code http://127.0.0.1:PORT} (or the host it was started on). */
  public URI endpoint() {
    return URI.create("http://" + host + ":" + port);
  }

  public String accessKey() {
    return ACCESS_KEY;
  }

  public String secretKey() {
    return SECRET_KEY;
  }

  public String region() {
    return REGION;
  }

  /** Where the filesystem backend keeps buckets (one directory per bucket). */
  public Path dataDir() {
    return dataDir;
  }

  /** Creates a bucket; buckets are directories of the filesystem backend. Idempotent. */
  public void createBucket(String name) {
    try {
      Files.createDirectories(dataDir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady(Path log) throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("s3proxy exited: " + Files.readString(log));
      }
      if (answers()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for s3proxy", e);
      }
    }
    close();
    throw new IOException("s3proxy not ready after " + START_TIMEOUT + ": " + Files.readString(log));
  }

  private boolean answers() {
    try {
      HttpURLConnection c = (HttpURLConnection) endpoint().toURL().openConnection();
      c.setConnectTimeout(200);
      c.setReadTimeout(1000);
      int status = c.getResponseCode();
      c.disconnect();
      return status > 0;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static Path extractJar(Path home) throws IOException {
    Path jar = home.resolve("s3proxy.jar");
    try (InputStream in = S3Server.class.getResourceAsStream("s3proxy.jar")) {
      if (in == null) {
        throw new IOException("s3proxy.jar is not bundled: build test-support with Maven first");
      }
      Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
    }
    return jar;
  }

  private static Path writeProperties(Path home, Path dataDir, String host, int port)
      throws IOException {
    String props =
        String.join(
            "\n",
            "s3proxy.endpoint=http://" + host + ":" + port,
            "s3proxy.authorization=aws-v2-or-v4",
            "s3proxy.identity=" + ACCESS_KEY,
            "s3proxy.credential=" + SECRET_KEY,
            "s3proxy.ignore-unknown-headers=true",
            "jclouds.provider=filesystem-nio2",
            "jclouds.filesystem.basedir=" + dataDir,
            "");
    return Files.writeString(home.resolve("s3proxy.properties"), props);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
