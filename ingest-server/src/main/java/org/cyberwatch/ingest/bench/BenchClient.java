package org.cyberwatch.ingest.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * One benchmark client, like one probe: its own HTTP connection, one report opened per seed, then
 * submissions back to back (a random seed each time, zstd-compressed with the given probability)
 * until the window ends. Only submissions answered inside the window count; their latency (request
 * sent to answer read) is recorded.
 */
final class BenchClient implements Runnable {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final List<BenchSeeds.Seed> seeds;
  private final double zstdShare;
  private final Random random;
  private final CountDownLatch ready;
  private final CountDownLatch go;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final List<Submission> submissions = new ArrayList<>();
  private volatile LoadWindow window;
  private long[] latencies = new long[4096];
  private int acknowledged;
  private int failed;
  private String firstFailure;

  /** A prepared submission: the path with its report id and the plain and zstd bodies. */
  private record Submission(URI uri, byte[] plain, byte[] zstd) {}

  BenchClient(URI base, List<BenchSeeds.Seed> seeds, double zstdShare, long seed, CountDownLatch ready,
      CountDownLatch go) {
    this.base = base;
    this.seeds = seeds;
    this.zstdShare = zstdShare;
    this.random = new Random(seed);
    this.ready = ready;
    this.go = go;
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
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      fail("client stopped: " + e);
    }
  }

  private void openReports() throws IOException, InterruptedException {
    for (BenchSeeds.Seed s : seeds) {
      ObjectNode m = s.measurement().deepCopy();
      HttpResponse<byte[]> r = send(base.resolve("/report"), BenchBodies.open(m), false);
      if (r.statusCode() != 200) {
        throw new IOException("open report for " + s.name() + " answered " + r.statusCode());
      }
      String reportId = BenchBodies.reportId(r.body());
      m.put("report_id", reportId);
      byte[] plain = BenchBodies.post(m);
      submissions.add(new Submission(base.resolve("/report/" + reportId), plain, Zstd.compress(plain)));
    }
  }

  private void submitOne(Submission s) throws InterruptedException {
    boolean zstd = random.nextDouble() < zstdShare;
    long t0 = System.nanoTime();
    int status;
    try {
      status = send(s.uri(), zstd ? s.zstd() : s.plain(), zstd).statusCode();
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

  private HttpResponse<byte[]> send(URI uri, byte[] body, boolean zstd) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (zstd) {
      b.header("Content-Encoding", "zstd");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
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
