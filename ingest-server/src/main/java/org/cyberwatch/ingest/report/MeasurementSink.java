package org.cyberwatch.ingest.report;

import java.util.concurrent.CompletableFuture;
import org.cyberwatch.ingest.spool.SpoolFullException;
import org.cyberwatch.ingest.spool.SpoolRecord;

/**
 * Where accepted measurements go: the durable spool ({@code SpoolQueue::append}) in the server, a
 * list in tests. The future completes once the record is durable.
 */
@FunctionalInterface
public interface MeasurementSink {

  /**
   * Queues {@code record}; the future completes when it is durable.
   *
   * @throws SpoolFullException when nothing can be taken now (nothing was written)
   */
  CompletableFuture<Void> append(SpoolRecord record) throws SpoolFullException;
}
