package org.cyberwatch.ingest.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * One benchmark client, like one probe: one report opened per seed, then submissions back to back
 * (a random seed each time, made unique by {@link BenchSubmission}, zstd-compressed with the given
 * probability) until the window ends,
 * over one kept-alive HTTP/1.1 connection ({@link BenchConnection}: requests encoded once, written
 * as they are; light, so the clients take little of the CPU the collector needs). Only submissions answered inside the
 * window count; their latency (request sent to answer read) is recorded.
 */
final class BenchClient implements Runnable {

  /** Names of the client threads start with this. */
  static final String THREAD_PREFIX = "bench-client-";

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final List<BenchSeeds.Seed> seeds;
  private final double zstdShare;
  private final Random random;
  private final CountDownLatch ready;
  private final CountDownLatch go;
  private final CountDownLatch release;
  private final List<BenchSubmission> submissions = new ArrayList<>();
  private volatile LoadWindow window;
  private long[] latencies = new long[4096];
  private int acknowledged;
  private long sent;
  private int failed;
  private String firstFailure;

  private final BenchConnection connection;
  private final ByteArrayOutputStream answer = new ByteArrayOutputStream(256);

  /**
   * A client that counts {@code ready} down once its reports are open, starts submitting when
   * {@code go} is released and, after the window, stays alive until {@code release} (so its CPU
   * time can still be read).
   */
  BenchClient(URI base, List<BenchSeeds.Seed> seeds, double zstdShare, long seed, CountDownLatch ready,
      CountDownLatch go, CountDownLatch release) {
    this.base = base;
    this.seeds = seeds;
    this.zstdShare = zstdShare;
    this.random = new Random(seed);
    this.ready = ready;
    this.go = go;
    this.release = release;
    this.connection = new BenchConnection(base, (int) TIMEOUT.toMillis());
  }

  /** Set before {@code go} is released. */
  void window(LoadWindow w) {
    this.window = w;
  }

  @Override
  public void run() {
    boolean opened = false;
    try {
      openReports();
      opened = true;
    } catch (IOException | RuntimeException e) {
      fail("cannot open reports: " + e);
    } finally {
      ready.countDown();
    }
    if (opened) {
      submitUntilOver();
    }
  }

  private void submitUntilOver() {
    try {
      go.await();
      while (!window.isOver(System.nanoTime())) {
        submitOne(submissions.get(random.nextInt(submissions.size())));
      }
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      fail("client stopped: " + e);
    } finally {
      connection.close();
    }
  }

  private void openReports() throws IOException {
    for (BenchSeeds.Seed s : seeds) {
      ObjectNode m = s.measurement().deepCopy();
      int status = connection.send(BenchConnection.request(base.resolve("/report"), BenchBodies.open(m), false), answer);
      if (status != 200) {
        throw new IOException("open report for " + s.name() + " answered " + status);
      }
      String reportId = BenchBodies.reportId(answer.toByteArray());
      m.put("report_id", reportId);
      submissions.add(BenchSubmission.of(base.resolve("/report/" + reportId), m));
    }
  }

  private void submitOne(BenchSubmission s) {
    byte[] request = s.request(sent++, random.nextDouble() < zstdShare);
    long t0 = System.nanoTime();
    int status;
    try {
      status = connection.send(request, answer);
    } catch (IOException e) {
      status = -1;
    }
    long t1 = System.nanoTime();
    if (!window.contains(t1)) {
      return;
    }
    if (status == 200) {
      record(t1 - t0);
    } else {
      fail(status < 0 ? "connection error" : "HTTP " + status);
    }
  }

  private void record(long nanos) {
    if (acknowledged == latencies.length) {
      latencies = Arrays.copyOf(latencies, latencies.length * 2);
    }
    latencies[acknowledged++] = nanos;
  }

  private void fail(String why) {
    failed++;
    if (firstFailure == null) {
      firstFailure = why;
    }
  }

  /** Latencies of the submissions acknowledged in the window, ns (read after the thread ended). */
  long[] latencies() {
    return Arrays.copyOf(latencies, acknowledged);
  }

  /** Submissions that failed in the window. */
  int failed() {
    return failed;
  }

  /** The first failure, or null. */
  String firstFailure() {
    return firstFailure;
  }
}
