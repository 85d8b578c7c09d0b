package org.cyberwatch.ingest.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One endpoint. It parses the exchange, calls a service and answers; a failure it throws (or
 * completes its stage with) is mapped to a JSON error in one place ({@link ApiHandler}).
 */
@FunctionalInterface
interface Route {

  /** The stage of a route that has answered already. */
  CompletionStage<Void> DONE = CompletableFuture.completedFuture(null);

  /**
   * Handles the exchange.
   *
   * @return {@link #DONE} when it answered, or a stage completing once it has answered (or
   *     failing, when the failure is to be answered)
   */
  CompletionStage<Void> handle(Exchange exchange) throws Exception;
}
