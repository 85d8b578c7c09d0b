package org.cyberwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.filesystem.reference.FilesystemConstants;
import org.jclouds.logging.slf4j.config.SLF4JLoggingModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real S3-API server for tests: s3proxy in-process on {@code 127.0.0.1} and a free port, storing
 * objects in a temporary directory (jclouds filesystem blob store). Clients sign requests with AWS
 * signature v2 or v4 using {@link #accessKey()} and {@link #secretKey()}, and must use path-style
 * addressing. Unknown headers are ignored, as Beam's S3 filesystem needs. Started once per JVM on
 * first use and stopped by a shutdown hook.
 */
public final class S3Server {
  private static final Logger LOG = LoggerFactory.getLogger(S3Server.class);
  private static final String ACCESS_KEY = "cyberwatch-test-access-key";
  private static final String SECRET_KEY = "cyberwatch-test-secret-key";
  private static final String REGION = "us-east-1";

  private final S3Proxy proxy;
  private final BlobStoreContext context;
  private final Duration startupTime;

  private S3Server(S3Proxy proxy, BlobStoreContext context, Duration startupTime) {
    this.proxy = proxy;
    this.context = context;
    this.startupTime = startupTime;
  }

  /** The JVM-wide server, started on the first call. */
  public static S3Server shared() {
    return Holder.INSTANCE;
  }

  /** {@code http://127.0.0.1:PORT}; use path-style addressing. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /** Access key id the server accepts. */
  public String accessKey() {
    return ACCESS_KEY;
  }

  /** Secret access key the server accepts. */
  public String secretKey() {
    return SECRET_KEY;
  }

  /** Region to configure in clients; the server accepts any. */
  public String region() {
    return REGION;
  }

  /** How long the first start took. */
  public Duration startupTime() {
    return startupTime;
  }

  /**
   * Creates a bucket if it does not exist yet.
   *
   * @return true if it was created, false if it existed
   */
  public boolean createBucket(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return context.getBlobStore().createContainerInLocation(null, name);
  }

  private static S3Server start() {
    long started = System.nanoTime();
    Path baseDir = createBaseDir();
    BlobStoreContext context = blobStoreContext(baseDir);
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(context.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .ignoreUnknownHeaders(true)
            .build();
    try {
      proxy.start();
    } catch (Exception e) {
      context.close();
      throw new IllegalStateException("could not start s3proxy", e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(proxy, context, baseDir), "s3-test-server-stop"));
    S3Server server = new S3Server(proxy, context, took);
    LOG.info("S3 test server at {} ({}) started in {} ms", server.endpoint(), baseDir, took.toMillis());
    return server;
  }

  private static Path createBaseDir() {
    try {
      return Files.createTempDirectory("cyberwatch-s3-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the S3 test server directory", e);
    }
  }

  private static BlobStoreContext blobStoreContext(Path baseDir) {
    Properties properties = new Properties();
    properties.setProperty(FilesystemConstants.PROPERTY_BASEDIR, baseDir.toString());
    return ContextBuilder.newBuilder("filesystem")
        .credentials(ACCESS_KEY, SECRET_KEY)
        .overrides(properties)
        .modules(List.of(new SLF4JLoggingModule()))
        .build(BlobStoreContext.class);
  }

  private static void stop(S3Proxy proxy, BlobStoreContext context, Path baseDir) {
    try {
      proxy.stop();
    } catch (Exception e) {
      LOG.warn("s3proxy did not stop cleanly", e);
    } finally {
      context.close();
    }
    deleteRecursively(baseDir);
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      LOG.warn("could not delete {}", dir, e);
    }
  }

  private static final class Holder {
    private static final S3Server INSTANCE = start();
  }
}
