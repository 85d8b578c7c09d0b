package org.cyberwatch.ingest.crash;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * Kills a running collector with SIGKILL at random moments while clients submit, and restarts it
 * on the same spool each time: some kills while only submissions run, one shortly after {@code POST
 * /admin/seal} (while the seal runs), one as soon as the seal is logged (while its cans upload).
 * Records what each kill interrupted.
 */
final class KillSchedule {

  private final CollectorProcess collector;
  private final Random random;
  private final String adminToken;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<String> kills = new ArrayList<>();

  KillSchedule(CollectorProcess collector, Random random, String adminToken) {
    this.collector = collector;
    this.random = random;
    this.adminToken = adminToken;
  }

  /** After 1.5–4 s of submissions, a kill and a restart. */
  void killWhileSubmitting() throws IOException, InterruptedException {
    Thread.sleep(1500 + random.nextInt(2500));
    collector.kill();
    kills.add("submitting");
    collector.restart();
  }

  /** A seal request, a kill 30–250 ms later, a restart. */
  void killWhileSealing() throws IOException, InterruptedException {
    Thread.sleep(1500 + random.nextInt(1000));
    CompletableFuture<HttpResponse<String>> seal = requestSeal();
    Thread.sleep(30 + random.nextInt(220));
    killAfterSeal(seal, "sealing");
  }

  /** A seal request, a kill as soon as the seal is logged (the upload runs then), a restart. */
  void killWhileUploading() throws IOException, InterruptedException {
    Thread.sleep(1500 + random.nextInt(1000));
    CompletableFuture<HttpResponse<String>> seal = requestSeal();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!collector.logContains("Sealed ") && !seal.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    killAfterSeal(seal, "uploading");
  }

  /**
   * What each kill interrupted: {@code submitting}, or {@code sealing}/{@code uploading} while the
   * seal request was unanswered ({@code … (seal already answered)} when the seal was too quick).
   */
  List<String> kills() {
    return List.copyOf(kills);
  }

  /** Seals and uploads everything, waiting for the answer. */
  HttpResponse<String> sealAndWait() throws IOException, InterruptedException {
    return http.send(sealRequest(), HttpResponse.BodyHandlers.ofString());
  }

  private void killAfterSeal(CompletableFuture<HttpResponse<String>> seal, String during)
      throws IOException, InterruptedException {
    boolean answered = seal.isDone();
    collector.kill();
    kills.add(answered ? during + " (seal already answered)" : during);
    collector.restart();
  }

  private CompletableFuture<HttpResponse<String>> requestSeal() {
    return http.sendAsync(sealRequest(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest sealRequest() {
    return HttpRequest.newBuilder(collector.base().resolve("/admin/seal"))
        .header("Authorization", "Bearer " + adminToken)
        .timeout(Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.noBody()).build();
  }
}
