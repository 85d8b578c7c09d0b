package org.cyberwatch.testing.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.cyberwatch.testing.S3Server;

/**
 * The stores of {@code ./cyberwatch demo}, for the demo and the notebooks only (the runtime modules
 * never depend on PostgreSQL or Neo4j): {@code serve} starts an embedded PostgreSQL, an in-process
 * Neo4j with Bolt and HTTP, and s3proxy with the bucket {@link DemoSettings#BUCKET}, all keeping
 * their data under {@code --dir}, and runs until it is stopped (SIGTERM); {@code summary} prints
 * what the pipelines loaded.
 *
 * <pre>
 * java -cp … org.cyberwatch.testing.demo.DemoServers serve --dir .demo [--pg-port 54329]
 *     [--bolt-port 57687] [--http-port 57474] [--s3-host 127.0.0.1] [--s3-port 59000]
 * java -cp … org.cyberwatch.testing.demo.DemoServers summary --dir .demo [same ports]
 * </pre>
 *
 * <p>Exit codes: 0 done (serve: stopped), 1 a store failed, 2 bad arguments.
 */
public final class DemoServers {
  /** Written once every store answers; removed when they stop. */
  public static final String READY_FILE = "stores.ready";

  private DemoServers() {}

  public static void main(String[] args) {
    if (args.length == 0 || !List.of("serve", "summary").contains(args[0])) {
      System.err.println("usage: DemoServers serve|summary --dir DIR [--pg-port N] [--bolt-port N]"
          + " [--http-port N] [--s3-host H] [--s3-port N]");
      System.exit(2);
    }
    DemoSettings settings;
    try {
      settings = DemoSettings.parse(Arrays.asList(args).subList(1, args.length));
    } catch (IllegalArgumentException e) {
      System.err.println("DemoServers: " + e.getMessage());
      System.exit(2);
      return;
    }
    try {
      if (args[0].equals("serve")) {
        serve(settings);
      } else {
        new DemoSummary(settings, System.out).print();
      }
      System.exit(0);
    } catch (IOException | SQLException | RuntimeException e) {
      System.err.println("DemoServers " + args[0] + " failed: " + e);
      System.exit(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.exit(1);
    }
  }

  private static void serve(DemoSettings s) throws IOException, InterruptedException {
    Path ready = s.dir().resolve(READY_FILE);
    Files.deleteIfExists(ready);
    List<AutoCloseable> started = new CopyOnWriteArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop(ready, started);
      stopped.countDown();
    }, "demo-stores-stop"));
    long t0 = System.nanoTime();
    CompletableFuture<Void> postgres = CompletableFuture.runAsync(() -> {
      started.add(startPostgres(s));
      log("PostgreSQL ready on 127.0.0.1:%d (%.1f s)", s.postgresPort(), seconds(t0));
    });
    CompletableFuture<Void> s3 = CompletableFuture.runAsync(() -> {
      S3Server server = S3Server.start(s.dir().resolve("s3"), s.s3Host(), s.s3Port());
      started.add(server);
      server.createBucket(DemoSettings.BUCKET);
      log("S3-API server ready on %s, bucket %s (%.1f s)", server.endpoint(), DemoSettings.BUCKET,
          seconds(t0));
    });
    started.add(DemoNeo4j.start(s.dir().resolve("neo4j"), s.dir().resolve("neo4j-work"),
        s.boltPort(), s.httpPort()));
    log("Neo4j ready: Bolt 127.0.0.1:%d, HTTP 127.0.0.1:%d (%.1f s)", s.boltPort(), s.httpPort(),
        seconds(t0));
    postgres.join();
    s3.join();
    Files.writeString(ready, s.jdbcUrl() + "\n" + s.boltUri() + "\n" + s.s3Endpoint() + "\n");
    stopped.await();
  }

  private static DemoPostgres startPostgres(DemoSettings s) {
    try {
      return DemoPostgres.start(s.dir().resolve("postgres"), s.postgresPort());
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start", e);
    }
  }

  /** Stops whatever started (also after a failed start), newest first. */
  private static void stop(Path ready, List<AutoCloseable> started) {
    try {
      Files.deleteIfExists(ready);
    } catch (IOException e) {
      System.err.println("DemoServers: cannot remove " + ready + ": " + e);
    }
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        System.err.println("DemoServers: stopping " + started.get(i) + " failed: " + e);
      }
    }
    if (!started.isEmpty()) {
      log("stores stopped");
    }
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.out.printf("[stores] " + format + "%n", args);
    System.out.flush();
  }
}
