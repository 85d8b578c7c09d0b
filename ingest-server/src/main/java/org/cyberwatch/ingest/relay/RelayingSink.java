package org.cyberwatch.ingest.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.cyberwatch.ingest.report.MeasurementSink;
import org.cyberwatch.ingest.spool.SpoolFullException;
import org.cyberwatch.ingest.spool.SpoolRecord;

/**
 * A sink that stores in the spool and then in the relay outbox; the future completes once both
 * have the measurement on disk, so an acknowledged measurement is always relayed eventually.
 */
public final class RelayingSink implements MeasurementSink {

  private final MeasurementSink spool;
  private final RelayOutbox outbox;
  private final Executor io;

  /** Stores through {@code spool}, then writes the outbox on {@code io}. */
  public RelayingSink(MeasurementSink spool, RelayOutbox outbox, Executor io) {
    this.spool = spool;
    this.outbox = outbox;
    this.io = io;
  }

  @Override
  public CompletableFuture<Void> append(SpoolRecord record) throws SpoolFullException {
    return spool.append(record).thenRunAsync(() -> {
      try {
        outbox.add(record.uid(), record.post());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the relay outbox", e);
      }
    }, io);
  }
}
