package org.cyberwatch.ingest.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.report.UploadRejectedException;
import org.cyberwatch.ingest.spool.SpoolFullException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collector's only Jetty handler: finds the route, runs it, maps every failure to a JSON
 * error ({@code {"error": code, "message": …}}), counts the request in the metrics and writes the
 * one access-log line (method, path, status, bytes in and out, ms; never the client address).
 */
final class ApiHandler extends Handler.Abstract {

  private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
  private static final Logger ACCESS = LoggerFactory.getLogger("org.cyberwatch.ingest.access");
  /** Seconds a client should wait after a 503 from a full spool. */
  static final int RETRY_AFTER_SECONDS = 60;

  private final RouteTable routes;
  private final RequestBody limits;
  private final IngestMetrics metrics;

  ApiHandler(RouteTable routes, RequestBody limits, IngestMetrics metrics) {
    this.routes = routes;
    this.limits = limits;
    this.metrics = metrics;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long t0 = System.nanoTime();
    String method = request.getMethod();
    String path = Request.getPathInContext(request);
    Optional<RouteTable.Match> match = routes.find(method, path);
    String template = match.map(m -> m.entry().template()).orElse("unmatched");
    Exchange ex = new Exchange(request, response, callback, match.map(RouteTable.Match::params).orElse(Map.of()),
        limits, (status, out, rejection) -> answered(request, template, t0, status, out, rejection));
    if (match.isEmpty()) {
      ex.error(routes.hasPath(path) ? new ApiError(405, "method_not_allowed", method + " is not allowed on " + path)
          : ApiError.notFound("no endpoint " + path));
      return true;
    }
    CompletionStage<Void> stage;
    try {
      stage = match.get().entry().route().handle(ex);
    } catch (Exception | LinkageError e) {
      stage = CompletableFuture.failedFuture(e);
    }
    stage.whenComplete((ok, failure) -> {
      if (failure != null) {
        fail(ex, response, callback, unwrap(failure), method, path);
      }
    });
    return true;
  }

  private void fail(Exchange ex, Response response, Callback callback, Throwable t, String method, String path) {
    if (response.isCommitted()) {
      callback.failed(t);
      return;
    }
    if (t instanceof SpoolFullException s) {
      LOG.warn("Refusing {} {}: spool full ({})", method, path, s.getMessage());
      ex.responseHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      ex.error(new ApiError(503, "spool_full", "the collector cannot take measurements now; retry later"));
    } else if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof IllegalStateException) {
      LOG.warn("{} {}: storage failed (nothing acknowledged)", method, path, t);
      ex.responseHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      ex.error(new ApiError(503, "storage_unavailable", "the collector's storage failed; retry later"));
    } else if (t instanceof UploadRejectedException u) {
      LOG.debug("Refusing {} {}: {} {}", method, path, u.reason().code(), u.getMessage());
      ex.error(ApiError.of(u));
    } else {
      LOG.error("{} {} failed", method, path, t);
      ex.error(new ApiError(500, "internal_error", "the collector failed to handle the request"));
    }
  }

  private void answered(Request request, String template, long t0, int status, long out, String rejection) {
    long in = Request.getContentBytesRead(request);
    metrics.requests.labelValues(template, Integer.toString(status)).inc();
    metrics.requestBytes.inc(in);
    if (rejection != null) {
      metrics.rejected.labelValues(rejection).inc();
    }
    ACCESS.info("{} {} {} {} {} {}ms", request.getMethod(), Request.getPathInContext(request), status, in, out,
        (System.nanoTime() - t0) / 1_000_000);
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
