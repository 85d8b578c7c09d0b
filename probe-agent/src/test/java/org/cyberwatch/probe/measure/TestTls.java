package org.cyberwatch.probe.measure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Test certificates made with the JDK's keytool on first use (self-signed, EC P-256): one for
 * {@code 127.0.0.1}, {@code localhost} and the netns target {@code 10.91.3.2}, one that names
 * only {@code other.example} (for hostname mismatches). The key stores live in {@link #directory()}
 * (system property {@code cwt.tls.dir} when set), so child JVMs given the same directory share
 * them.
 */
public final class TestTls {

  private static final char[] PASSWORD = "changeit".toCharArray();
  private static final Map<String, KeyStore> STORES = new ConcurrentHashMap<>();
  private static final Path DIRECTORY = directoryFromProperty();

  private TestTls() {}

  /** Server context for a certificate whose subject alternative names are {@code san}. */
  public static SSLContext server(String san) {
    try {
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(store(san), PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(kmf.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Client context trusting exactly the certificate for {@code san}. */
  public static SSLContext clientTrusting(String san) {
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store(san));
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The certificate's SAN for the loopback and netns servers. */
  public static final String GOOD = "ip:127.0.0.1,ip:10.91.3.2,dns:localhost";
  /** A certificate that does not name any address the tests connect to. */
  public static final String WRONG_NAME = "dns:other.example";

  private static KeyStore store(String san) {
    return STORES.computeIfAbsent(san, TestTls::generate);
  }

  /** Where the key stores are kept; pass it to child JVMs as {@code -Dcwt.tls.dir}. */
  public static Path directory() {
    return DIRECTORY;
  }

  private static Path directoryFromProperty() {
    String dir = System.getProperty("cwt.tls.dir");
    try {
      return dir != null ? Path.of(dir) : Files.createTempDirectory("cw-tls");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyStore generate(String san) {
    try {
      Path file = DIRECTORY.resolve(san.replaceAll("[^A-Za-z0-9.]", "_") + ".p12");
      if (!Files.exists(file)) {
        keytool(san, file);
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        store.load(in, PASSWORD);
      }
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void keytool(String san, Path file) throws IOException {
    try {
      Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
      Process p = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "test",
          "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=cyberwatch test",
          "-ext", "san=" + san, "-validity", "3650", "-storetype", "PKCS12",
          "-keystore", file.toString(), "-storepass", new String(PASSWORD)))
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
