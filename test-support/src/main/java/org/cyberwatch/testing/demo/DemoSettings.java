package org.cyberwatch.testing.demo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the demo's stores live and listen: a data directory kept across runs and fixed loopback
 * ports, so notebooks, psql and cypher-shell-like clients find them at the same addresses every
 * time.
 *
 * @param dir data directory (PostgreSQL cluster, Neo4j store, S3 buckets), created when missing
 * @param postgresPort PostgreSQL port on 127.0.0.1
 * @param boltPort Neo4j Bolt port on 127.0.0.1
 * @param httpPort Neo4j HTTP API port on 127.0.0.1
 * @param s3Host address the S3-API server listens on (127.0.0.1, or the lab's host-side address)
 * @param s3Port S3-API port
 */
public record DemoSettings(
    Path dir, int postgresPort, int boltPort, int httpPort, String s3Host, int s3Port) {

  /** The database the pipelines load and the notebooks read. */
  public static final String DATABASE = "cyberwatch";

  /** The bucket the collector uploads cans to. */
  public static final String BUCKET = "cyberwatch-cans";

  public DemoSettings {
    if (dir == null) {
      throw new IllegalArgumentException("dir must be given");
    }
    if (s3Host == null || s3Host.isBlank()) {
      throw new IllegalArgumentException("s3Host must not be blank");
    }
    for (int port : List.of(postgresPort, boltPort, httpPort, s3Port)) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port out of range 1..65535: " + port);
      }
    }
  }

  /**
   * Reads {@code --dir D --pg-port N --bolt-port N --http-port N --s3-host H --s3-port N}; every
   * flag but {@code --dir} has the demo's default (54329, 57687, 57474, 127.0.0.1, 59000).
   *
   * @throws IllegalArgumentException naming the flag that is unknown, missing a value or invalid
   */
  public static DemoSettings parse(List<String> args) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i < args.size(); i += 2) {
      String flag = args.get(i);
      if (!List.of("--dir", "--pg-port", "--bolt-port", "--http-port", "--s3-host", "--s3-port")
          .contains(flag)) {
        throw new IllegalArgumentException("unknown flag: " + flag);
      }
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      flags.put(flag, args.get(i + 1));
    }
    if (!flags.containsKey("--dir")) {
      throw new IllegalArgumentException("--dir is required");
    }
    return new DemoSettings(
        Path.of(flags.get("--dir")).toAbsolutePath(),
        port(flags, "--pg-port", 54329),
        port(flags, "--bolt-port", 57687),
        port(flags, "--http-port", 57474),
        flags.getOrDefault("--s3-host", "127.0.0.1"),
        port(flags, "--s3-port", 59000));
  }

  /** JDBC URL of the demo database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + DATABASE;
  }

  /** Bolt URI of the demo graph. */
  public String boltUri() {
    return "bolt://127.0.0.1:" + boltPort;
  }

  /** Base URL of Neo4j's HTTP API. */
  public String httpUri() {
    return "http://127.0.0.1:" + httpPort;
  }

  /** Base URL of the S3-API server. */
  public String s3Endpoint() {
    return "http://" + s3Host + ":" + s3Port;
  }

  private static int port(Map<String, String> flags, String flag, int fallback) {
    String value = flags.get(flag);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " must be a port number, got " + value, e);
    }
  }
}
